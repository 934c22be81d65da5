import {
  readStandSetting,
  standDb,
  STAND_SETTING,
  type ChargeLastSync,
  type ChargeSync,
  type LocalCharge,
  type StandSnapshot,
} from "../core/offline/stand-db.js";
import type { OfflineStand } from "./judge-offline-charge.js";
import type { MerchantApi, Stand } from "./merchant-api.js";

/** A full snapshot is taken again after this long; in between, deltas (`since`) keep it current. */
export const SNAPSHOT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Downloads the merchant's snapshot into IndexedDB: a full one when there is none or it is older than 24 h (the
 * merchant's old cards are replaced), else the cards changed since the last cursor (blocks, reissues, new cards).
 */
export async function downloadSnapshot(api: MerchantApi, merchantId: string, signal?: AbortSignal): Promise<StandSnapshot> {
  const db = await standDb();
  const previous = await db.get("snapshots", merchantId);
  const full = !previous || Date.now() - previous.full_at > SNAPSHOT_MAX_AGE_MS;
  const answer = await api.snapshot(full ? undefined : previous.cursor, signal);
  const tx = db.transaction(["cards", "snapshots"], "readwrite");
  const cards = tx.objectStore("cards");
  if (full) for (const key of await cards.index("merchant_id").getAllKeys(merchantId)) void cards.delete(key);
  for (const card of answer.cards) void cards.put({ ...card, merchant_id: merchantId });
  const now = Date.now();
  const snapshot: StandSnapshot = {
    merchant_id: merchantId,
    keys: answer.keys,
    chargeable_statuses: answer.chargeable_statuses,
    cursor: answer.cursor,
    full_at: full ? now : previous.full_at,
    synced_at: now,
    card_count: await cards.index("merchant_id").count(merchantId),
  };
  void tx.objectStore("snapshots").put(snapshot);
  await tx.done;
  return snapshot;
}

export async function readSnapshot(merchantId: string): Promise<StandSnapshot | undefined> {
  return (await standDb()).get("snapshots", merchantId);
}

/** The stand as judgeOfflineCharge reads it, over the stored snapshot and this device's unsynced charges. */
export function offlineStand(snapshot: StandSnapshot, stand: Stand): OfflineStand {
  return {
    keys: snapshot.keys,
    chargeable_statuses: snapshot.chargeable_statuses,
    event_id: stand.event_id,
    card: async (id) => (await standDb()).get("cards", [snapshot.merchant_id, id]),
    unsyncedSpend: async (cardId) => {
      const pending = await (await standDb()).getAllFromIndex("charges", "card_sync", [cardId, "pending"]);
      return pending.reduce((sum, charge) => sum + charge.request.amount, 0);
    },
  };
}

export async function recordCharge(charge: LocalCharge): Promise<void> {
  await (await standDb()).put("charges", charge);
}

export async function readCharge(idempotencyKey: string): Promise<LocalCharge | undefined> {
  return (await standDb()).get("charges", idempotencyKey);
}

export async function chargesIn(merchantId: string, sync: ChargeSync): Promise<LocalCharge[]> {
  return (await standDb()).getAllFromIndex("charges", "merchant_sync", [merchantId, sync]);
}

export async function countChargesIn(merchantId: string, sync: ChargeSync): Promise<number> {
  return (await standDb()).countFromIndex("charges", "merchant_sync", [merchantId, sync]);
}

/** This device's latest charges for the merchant, newest first. */
export async function recentCharges(merchantId: string, limit: number): Promise<LocalCharge[]> {
  const db = await standDb();
  const found: LocalCharge[] = [];
  const range = IDBKeyRange.bound([merchantId, 0], [merchantId, Number.MAX_SAFE_INTEGER]);
  for (let cursor = await db.transaction("charges").store.index("merchant_at").openCursor(range, "prev"); cursor && found.length < limit; cursor = await cursor.continue()) {
    found.push(cursor.value);
  }
  return found;
}

export function lastChargeSync(): Promise<ChargeLastSync | undefined> {
  return readStandSetting<ChargeLastSync>(STAND_SETTING.lastSync);
}
