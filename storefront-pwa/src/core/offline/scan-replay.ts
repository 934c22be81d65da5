import type { Queue } from "workbox-background-sync";
import type { ScanRequest } from "./gate-db.js";
import { pushBatch, replayQueue } from "./queue-replay.js";
import { recordBatchOutcome, recordLastSync, sendScanBatch, type ScanSyncMessage } from "./scan-sync.js";

/** Puts queued scans into the worker's Workbox queue; the request itself is the batch as it was first sent. */
export async function queueScans(queue: Queue, url: string, scans: ScanRequest[]): Promise<void> {
  await pushBatch(queue, url, "scans", scans);
}

/**
 * Replays the scan queue in order (the Workbox queue's `onSync`, and a page's REPLAY_SCANS), as queue-replay.ts
 * does for every queue: sent with the token saved now, kept until the answers are stored, one replay at a time.
 */
export function replayScanQueue(queue: Queue, notify: (message: ScanSyncMessage) => void): Promise<void> {
  return replayQueue(queue, {
    itemsOf: (metadata) => (metadata as { scans?: ScanRequest[] } | undefined)?.scans ?? [],
    send: sendScanBatch,
    refusedToken: (outcome) => outcome.kind === "auth",
    record: async (scans, outcome) => {
      await recordBatchOutcome(scans, outcome);
      return outcome.kind === "sent" ? outcome.conflicts : 0;
    },
    finish: recordLastSync,
    notify: (phase, done, total, conflicts) => notify({ type: "SCAN_SYNC", phase, done, total, conflicts }),
  });
}
