import {
  gateDb,
  readSetting,
  SETTING,
  writeSetting,
  type LastSync,
  type ScanAnswer,
  type ScanRequest,
  type UsherSessionRecord,
} from "./gate-db.js";

/**
 * Queued offline scans, between the usher pages and the service worker. The page judges a scan locally, keeps
 * it in IndexedDB as `pending`, and hands it to the worker's Workbox queue (`QUEUE_SCANS`); the worker replays
 * the queue on the Sync API's `sync` event, or when a page asks (`REPLAY_SCANS`: back online, at start, where
 * the Sync API is missing), and reports back with `SCAN_SYNC` messages. Answers are written to IndexedDB by
 * whoever replayed, so they survive a closed page.
 */
export const SCAN_QUEUE = "tessera-usher-scans";

export type ScanSyncCommand =
  | { type: "QUEUE_SCANS"; url: string; scans: ScanRequest[] }
  | { type: "REPLAY_SCANS" };

/**
 * `progress` while sending (done of total scans), `done` when the queue is empty, `auth` when the token was
 * refused (the scans stay queued until the usher signs in again), `offline` when the backend did not answer.
 */
export interface ScanSyncMessage {
  type: "SCAN_SYNC";
  phase: "progress" | "done" | "auth" | "offline";
  done: number;
  total: number;
  conflicts: number;
}

export function isScanSyncCommand(data: unknown): data is ScanSyncCommand {
  const type = (data as { type?: unknown } | null)?.type;
  return type === "QUEUE_SCANS" || type === "REPLAY_SCANS";
}

export function isScanSyncMessage(data: unknown): data is ScanSyncMessage {
  return (data as { type?: unknown } | null)?.type === "SCAN_SYNC";
}

/** The batch endpoint's answer (DESIGN §5: answers in request order, conflicts counted). */
interface BatchAnswer {
  scans: ScanAnswer[];
  conflicts: number;
}

export type BatchOutcome =
  | { kind: "sent"; answers: ScanAnswer[]; conflicts: number }
  | { kind: "auth" }
  | { kind: "refused"; message: string };

/** Sends queued scans with the current token; a network failure rejects (the caller keeps the scans queued). */
export async function sendScanBatch(url: string, scans: ScanRequest[]): Promise<BatchOutcome> {
  const session = await readSetting<UsherSessionRecord>(SETTING.session);
  if (!session) return { kind: "auth" };
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ scans }),
  });
  if (response.status === 401) return { kind: "auth" };
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    return { kind: "refused", message: body.message ?? `The server answered ${response.status}` };
  }
  const body = (await response.json()) as BatchAnswer;
  return { kind: "sent", answers: body.scans, conflicts: body.conflicts };
}

/** Stores the server's answers on the device's scans: `synced`, or `conflict` for a colliding admission. */
export async function recordBatchOutcome(scans: ScanRequest[], outcome: BatchOutcome): Promise<void> {
  if (outcome.kind === "auth") return;
  const db = await gateDb();
  const tx = db.transaction("scans", "readwrite");
  await Promise.all(
    scans.map(async (request, index) => {
      const local = await tx.store.get(request.id);
      if (!local) return;
      if (outcome.kind === "refused") {
        await tx.store.put({ ...local, sync: "refused", sync_message: outcome.message });
        return;
      }
      const server = outcome.answers[index];
      await tx.store.put({ ...local, server, sync: server?.conflict_id ? "conflict" : "synced" });
    }),
  );
  await tx.done;
}

export async function recordLastSync(sent: number, conflicts: number): Promise<void> {
  await writeSetting(SETTING.lastSync, { at: Date.now(), sent, conflicts } satisfies LastSync);
}
