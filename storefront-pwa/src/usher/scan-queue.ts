import type { ScanRequest } from "../core/offline/gate-db.js";
import {
  isScanSyncMessage,
  recordBatchOutcome,
  recordLastSync,
  sendScanBatch,
  type ScanSyncCommand,
  type ScanSyncMessage,
} from "../core/offline/scan-sync.js";
import { tellWorker } from "../core/offline/worker-command.js";
import { Observable } from "../core/ui/observable.js";
import { scansIn } from "./gate-store.js";

/** The latest report of a replay (from the service worker, or from the page where there is none). */
export const scanSync = new Observable<ScanSyncMessage | undefined>(undefined);

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
    if (isScanSyncMessage(event.data)) scanSync.set(event.data);
  });
}

/**
 * Hands offline scans to the worker's background-sync queue. The scans are already stored as `pending`; without
 * a worker (development, or before the first one took control) they wait there for `replayQueuedScans`.
 */
export async function queueScans(url: string, scans: ScanRequest[]): Promise<void> {
  const command: ScanSyncCommand = { type: "QUEUE_SCANS", url, scans };
  await tellWorker(command);
}

let pageReplay: Promise<void> | undefined;

/**
 * Replays queued scans now (back online, at start, after a new sign-in): through the worker's queue, or, with no
 * worker, straight from the scans stored as pending.
 */
export async function replayQueuedScans(eventId: string, url: string): Promise<void> {
  // The worker answers once its queue is replayed. Scans it never received (a handoff that failed) are still
  // pending here: the page sends those itself; the server takes each scan id once.
  const before = scanSync.value;
  const replay: ScanSyncCommand = { type: "REPLAY_SCANS" };
  if (await tellWorker(replay, 60_000)) {
    const phase = scanSync.value !== before ? scanSync.value?.phase : undefined;
    if (phase === "auth" || phase === "offline") return;
  }
  pageReplay ??= replayFromPage(eventId, url).finally(() => (pageReplay = undefined));
  await pageReplay;
}

async function replayFromPage(eventId: string, url: string): Promise<void> {
  const pending = (await scansIn(eventId, "pending")).sort((a, b) => a.at - b.at).map((scan) => scan.request);
  if (!pending.length) return;
  const report = (phase: ScanSyncMessage["phase"], done: number, conflicts = 0) =>
    scanSync.set({ type: "SCAN_SYNC", phase, done, total: pending.length, conflicts });
  report("progress", 0);
  try {
    const outcome = await sendScanBatch(url, pending);
    if (outcome.kind === "auth") return report("auth", 0);
    await recordBatchOutcome(pending, outcome);
    const conflicts = outcome.kind === "sent" ? outcome.conflicts : 0;
    await recordLastSync(pending.length, conflicts);
    report("done", pending.length, conflicts);
  } catch {
    report("offline", 0);
  }
}
