import type { Queue } from "workbox-background-sync";
import type { ScanRequest } from "./gate-db.js";
import { recordBatchOutcome, recordLastSync, sendScanBatch, type ScanSyncMessage } from "./scan-sync.js";

/** What a queue entry carries besides the request: the scans, so replay can re-send them with a fresh token. */
interface ScanEntryMetadata {
  scans: ScanRequest[];
}

/** Puts queued scans into the worker's Workbox queue; the request itself is the batch as it was first sent. */
export async function queueScans(queue: Queue, url: string, scans: ScanRequest[]): Promise<void> {
  const request = new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ scans }),
  });
  const metadata: ScanEntryMetadata = { scans };
  await queue.pushRequest({ request, metadata: { ...metadata } });
}

let running: Promise<void> | undefined;

/**
 * Replays the queue in order (the Workbox queue's `onSync`, and a page's REPLAY_SCANS). Each entry is sent with
 * the token saved now, not the one it was queued with, so a re-login releases the queue. An entry leaves the
 * queue only once its answers are stored: a network failure or a refused token puts it back first; the former
 * rethrows so the Sync API retries later. One replay at a time.
 */
export function replayScanQueue(queue: Queue, notify: (message: ScanSyncMessage) => void): Promise<void> {
  running ??= replay(queue, notify).finally(() => (running = undefined));
  return running;
}

async function replay(queue: Queue, notify: (message: ScanSyncMessage) => void): Promise<void> {
  const entries = await queue.getAll();
  const total = entries.reduce((sum, entry) => sum + ((entry.metadata as ScanEntryMetadata | undefined)?.scans.length ?? 0), 0);
  if (total === 0) return;
  let done = 0;
  let conflicts = 0;
  const report = (phase: ScanSyncMessage["phase"]) => notify({ type: "SCAN_SYNC", phase, done, total, conflicts });
  report("progress");
  for (let entry = await queue.shiftRequest(); entry; entry = await queue.shiftRequest()) {
    const scans = (entry.metadata as ScanEntryMetadata | undefined)?.scans ?? [];
    let outcome: Awaited<ReturnType<typeof sendScanBatch>>;
    try {
      outcome = await sendScanBatch(entry.request.url, scans);
    } catch (error) {
      await queue.unshiftRequest(entry);
      report("offline");
      throw error;
    }
    if (outcome.kind === "auth") {
      await queue.unshiftRequest(entry);
      report("auth");
      return;
    }
    await recordBatchOutcome(scans, outcome);
    done += scans.length;
    if (outcome.kind === "sent") conflicts += outcome.conflicts;
    report("progress");
  }
  await recordLastSync(done, conflicts);
  report("done");
}
