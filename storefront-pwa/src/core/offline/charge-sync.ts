import {
  readStandSetting,
  standDb,
  STAND_SETTING,
  writeStandSetting,
  type BatchResult,
  type ChargeLastSync,
  type ChargeRequest,
  type MerchantSessionRecord,
} from "./stand-db.js";

/**
 * Queued offline charges, between the merchant pages and the service worker, the way scan-sync.ts does it for the
 * gate: the page judges a charge locally, keeps it in IndexedDB as `pending`, and hands it to the worker's Workbox
 * queue (`QUEUE_CHARGES`); the worker replays the queue on the Sync API's `sync` event or when a page asks
 * (`REPLAY_CHARGES`: back online, at start), sending `POST /merchant/charges/batch`, and reports with
 * `CHARGE_SYNC` messages. The server applies each idempotency key once, so a charge sent twice counts once.
 */
export const CHARGE_QUEUE = "tessera-merchant-charges";

export type ChargeSyncCommand =
  | { type: "QUEUE_CHARGES"; url: string; merchant_id: string; charges: ChargeRequest[] }
  | { type: "REPLAY_CHARGES" };

/**
 * `progress` while sending (done of total charges), `done` when the queue is empty, `auth` when the token was
 * refused (the charges stay queued until the merchant signs in again), `offline` when the backend did not answer.
 */
export interface ChargeSyncMessage {
  type: "CHARGE_SYNC";
  phase: "progress" | "done" | "auth" | "offline";
  done: number;
  total: number;
  rejected: number;
}

export function isChargeSyncCommand(data: unknown): data is ChargeSyncCommand {
  const type = (data as { type?: unknown } | null)?.type;
  return type === "QUEUE_CHARGES" || type === "REPLAY_CHARGES";
}

export function isChargeSyncMessage(data: unknown): data is ChargeSyncMessage {
  return (data as { type?: unknown } | null)?.type === "CHARGE_SYNC";
}

export type ChargeBatchOutcome =
  | { kind: "sent"; results: BatchResult[] }
  | { kind: "auth" }
  | { kind: "not_signed_in_merchant" }
  | { kind: "refused"; message: string };

/**
 * Sends one merchant's queued charges with the current token; no answer or a server fault rejects (the caller
 * keeps them queued). Only that merchant's token will do: with nobody signed in the charges wait (`auth`), and
 * with another merchant signed in they are set aside (`not_signed_in_merchant`) rather than land on that
 * merchant's till.
 */
export async function sendChargeBatch(url: string, merchantId: string, charges: ChargeRequest[]): Promise<ChargeBatchOutcome> {
  const session = await readStandSetting<MerchantSessionRecord>(STAND_SETTING.session);
  if (!session) return { kind: "auth" };
  if (session.merchant_id !== merchantId) return { kind: "not_signed_in_merchant" };
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ charges }),
  });
  if (response.status === 401) return { kind: "auth" };
  // money is never dropped on a server fault: the batch stays queued and is sent again later
  if (response.status >= 500) throw new Error(`The server answered ${response.status}`);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    return { kind: "refused", message: body.message ?? `The server answered ${response.status}` };
  }
  const body = (await response.json()) as { results: BatchResult[] };
  return { kind: "sent", results: body.results };
}

/**
 * Stores the server's answers on the device's charges (matched by idempotency key: the server answers in
 * device-time order): `synced` with the server's charge and flags, or `rejected` with its reason. Returns how
 * many were rejected.
 */
export async function recordChargeOutcome(charges: ChargeRequest[], outcome: ChargeBatchOutcome): Promise<number> {
  if (outcome.kind === "auth" || outcome.kind === "not_signed_in_merchant") return 0;
  const byKey = new Map(outcome.kind === "sent" ? outcome.results.map((result) => [result.idempotency_key, result]) : []);
  const db = await standDb();
  const tx = db.transaction("charges", "readwrite");
  let rejected = 0;
  await Promise.all(
    charges.map(async (request) => {
      const local = await tx.store.get(request.idempotency_key);
      const result = byKey.get(request.idempotency_key);
      if (outcome.kind === "refused" || !result || result.status === "rejected") rejected++;
      if (!local) return;
      if (outcome.kind === "refused" || !result) {
        await tx.store.put({ ...local, sync: "rejected", reason: outcome.kind === "refused" ? outcome.message : "no_answer" });
        return;
      }
      if (result.status === "rejected") {
        await tx.store.put({ ...local, sync: "rejected", reason: result.reason ?? "rejected" });
        return;
      }
      await tx.store.put({ ...local, sync: "synced", server: result.charge ?? undefined, flags: result.flags });
    }),
  );
  await tx.done;
  return rejected;
}

export async function recordChargeLastSync(sent: number, rejected: number): Promise<void> {
  await writeStandSetting(STAND_SETTING.lastSync, { at: Date.now(), sent, rejected } satisfies ChargeLastSync);
}
