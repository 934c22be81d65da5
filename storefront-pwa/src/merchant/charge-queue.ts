import {
  isChargeSyncMessage,
  recordChargeLastSync,
  recordChargeOutcome,
  sendChargeBatch,
  type ChargeSyncCommand,
  type ChargeSyncMessage,
} from "../core/offline/charge-sync.js";
import type { ChargeRequest } from "../core/offline/stand-db.js";
import { tellWorker } from "../core/offline/worker-command.js";
import { Observable } from "../core/ui/observable.js";
import { chargesIn } from "./stand-store.js";

/** The latest report of a replay (from the service worker, or from the page where there is none). */
export const chargeSync = new Observable<ChargeSyncMessage | undefined>(undefined);

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
    if (isChargeSyncMessage(event.data)) chargeSync.set(event.data);
  });
}

const command = (value: ChargeSyncCommand) => value;

/**
 * Hands offline charges to the worker's background-sync queue. The charges are already stored as `pending`;
 * without a worker (development, or before the first one took control) they wait there for `replayQueuedCharges`.
 */
export async function queueCharges(url: string, merchantId: string, charges: ChargeRequest[]): Promise<void> {
  await tellWorker(command({ type: "QUEUE_CHARGES", url, merchant_id: merchantId, charges }));
}

let pageReplay: Promise<void> | undefined;

/**
 * Replays queued charges now (back online, at start, after a new sign-in): through the worker's queue, then, for
 * charges the worker never received (no worker yet, or a handoff that failed), from the page. Either way the server
 * takes each idempotency key once, so a charge that travels both ways still counts once.
 */
export async function replayQueuedCharges(merchantId: string, url: string): Promise<void> {
  const before = chargeSync.value;
  if (await tellWorker(command({ type: "REPLAY_CHARGES" }), 60_000)) {
    const phase = chargeSync.value !== before ? chargeSync.value?.phase : undefined;
    if (phase === "auth" || phase === "offline") return;
  }
  pageReplay ??= replayFromPage(merchantId, url).finally(() => (pageReplay = undefined));
  await pageReplay;
}

/** The batch endpoint takes up to 500 debits per request. */
const BATCH_LIMIT = 500;

async function replayFromPage(merchantId: string, url: string): Promise<void> {
  const pending = (await chargesIn(merchantId, "pending")).sort((a, b) => a.at - b.at).map((charge) => charge.request);
  if (!pending.length) return;
  let done = 0;
  let rejected = 0;
  const report = (phase: ChargeSyncMessage["phase"]) => chargeSync.set({ type: "CHARGE_SYNC", phase, done, total: pending.length, rejected });
  report("progress");
  try {
    for (let start = 0; start < pending.length; start += BATCH_LIMIT) {
      const batch = pending.slice(start, start + BATCH_LIMIT);
      const outcome = await sendChargeBatch(url, merchantId, batch);
      if (outcome.kind === "auth" || outcome.kind === "not_signed_in_merchant") return report("auth");
      rejected += await recordChargeOutcome(batch, outcome);
      done += batch.length;
      report("progress");
    }
    await recordChargeLastSync(done, rejected);
    report("done");
  } catch {
    report("offline");
  }
}
