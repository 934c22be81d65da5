import type { Queue } from "workbox-background-sync";
import { recordChargeLastSync, recordChargeOutcome, sendChargeBatch, type ChargeSyncMessage } from "./charge-sync.js";
import { pushBatch, replayQueue } from "./queue-replay.js";
import type { ChargeRequest } from "./stand-db.js";

/** Puts one merchant's offline charges into the worker's Workbox queue as one `POST /merchant/charges/batch`. */
export async function queueCharges(queue: Queue, url: string, merchantId: string, charges: ChargeRequest[]): Promise<void> {
  await pushBatch(queue, url, "charges", charges, { merchant_id: merchantId });
}

const merchantOf = (metadata: object | undefined) => (metadata as { merchant_id?: string } | undefined)?.merchant_id ?? "";

/** Replays the charge queue (the Workbox queue's `onSync`, and a page's REPLAY_CHARGES): see queue-replay.ts. */
export function replayChargeQueue(queue: Queue, notify: (message: ChargeSyncMessage) => void): Promise<void> {
  return replayQueue(queue, {
    itemsOf: (metadata) => (metadata as { charges?: ChargeRequest[] } | undefined)?.charges ?? [],
    send: (url, charges, metadata) => sendChargeBatch(url, merchantOf(metadata), charges),
    refusedToken: (outcome) => outcome.kind === "auth",
    heldBack: (outcome) => outcome.kind === "not_signed_in_merchant",
    record: recordChargeOutcome,
    finish: recordChargeLastSync,
    notify: (phase, done, total, rejected) => notify({ type: "CHARGE_SYNC", phase, done, total, rejected }),
  });
}
