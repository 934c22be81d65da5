import { openDB, type DBSchema, type IDBPDatabase } from "idb";

/**
 * The stand's offline store (IndexedDB `tessera-stand`), shared by the merchant pages and the service worker:
 * the merchant's snapshot (public keys, cards with version, status and offline cap), every charge this device
 * made, and settings (the merchant's token, which the worker needs to replay queued charges). Shapes follow
 * the wallet API (plugins/nfc-wallet, `/merchant/*`), hence snake_case. Amounts are minor units.
 */

export interface StandKey {
  kid: string;
  public_key: string;
  status: "active" | "retired" | "revoked";
}

/** A merchant's snapshot header: what a device needs besides the cards. */
export interface StandSnapshot {
  merchant_id: string;
  keys: StandKey[];
  /** Card statuses a stand may charge (the rest are the block list: blocked, lost, replaced, in stock). */
  chargeable_statuses: string[];
  /** The server's cursor for the next delta. */
  cursor: string;
  /** epoch ms of the last full download (a new one is taken after 24 h) and of the last delta. */
  full_at: number;
  synced_at: number;
  card_count: number;
}

export interface SnapshotCard {
  merchant_id: string;
  id: string;
  serial_number: string;
  status: string;
  version: number;
  offline_cap: number;
  event_id: string | null;
}

export interface ChargeItem {
  name: string;
  quantity: number;
  unit_amount: number;
}

/** One debit as `POST /merchant/charges/batch` takes it; `idempotency_key` is the charge's id on this device. */
export interface ChargeRequest {
  idempotency_key: string;
  credential: string;
  amount: number;
  currency_code: string;
  device_time: string;
  stand_id?: string;
  description?: string;
  items?: ChargeItem[];
}

/** A charge as the server tells it (`toCharge` in the wallet plugin). */
export interface ServerCharge {
  id: string;
  kind: string;
  idempotency_key: string;
  amount: number;
  currency_code: string;
  description: string | null;
  items: ChargeItem[] | null;
  card_id: string | null;
  stand_id: string | null;
  wallet_balance: number | null;
  offline: boolean;
  flagged: boolean;
  /** When the stand took an offline charge (its clock); null for online ones. */
  device_time: string | null;
  created_at: string;
}

/** The batch endpoint's answer for one debit. */
export interface BatchResult {
  idempotency_key: string;
  status: "applied" | "duplicate" | "rejected";
  reason?: string;
  flags?: string[];
  charge: ServerCharge | null;
}

/**
 * `online`: charged by the server at once. `pending`: accepted here offline, waiting in the queue. `synced`: the
 * server took it later (applied, or already had it). `rejected`: the server refused it on sync (forged, unknown
 * card…): kept and shown, never dropped.
 */
export type ChargeSync = "online" | "pending" | "synced" | "rejected";

export interface LocalCharge {
  request: ChargeRequest;
  merchant_id: string;
  /** The card the credential names (from the snapshot when judged here). */
  card_id: string | null;
  sync: ChargeSync;
  server?: ServerCharge;
  /** For `rejected`: the server's reason; for `synced`: its flags (overdrawn, over_cap…). */
  reason?: string;
  flags?: string[];
  /** epoch ms, for ordering the local list. */
  at: number;
}

interface StandDb extends DBSchema {
  snapshots: { key: string; value: StandSnapshot };
  cards: { key: [string, string]; value: SnapshotCard; indexes: { merchant_id: string } };
  charges: {
    key: string;
    value: LocalCharge;
    indexes: { merchant_sync: [string, ChargeSync]; merchant_at: [string, number]; card_sync: [string, ChargeSync] };
  };
  settings: { key: string; value: unknown };
}

export type StandDatabase = IDBPDatabase<StandDb>;

let opened: Promise<StandDatabase> | undefined;

export function standDb(): Promise<StandDatabase> {
  opened ??= openDB<StandDb>("tessera-stand", 1, {
    upgrade(database) {
      database.createObjectStore("snapshots", { keyPath: "merchant_id" });
      database.createObjectStore("cards", { keyPath: ["merchant_id", "id"] }).createIndex("merchant_id", "merchant_id");
      const charges = database.createObjectStore("charges", { keyPath: "request.idempotency_key" });
      charges.createIndex("merchant_sync", ["merchant_id", "sync"]);
      charges.createIndex("merchant_at", ["merchant_id", "at"]);
      // a charge judged without a known card has card_id null and is left out of this index, as intended
      charges.createIndex("card_sync", ["card_id", "sync"]);
      database.createObjectStore("settings");
    },
    // A newer version opened elsewhere (an updated page or worker): let it upgrade, and reopen on next use.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      opened = undefined;
    },
  });
  return opened;
}

export async function readStandSetting<T>(key: string): Promise<T | undefined> {
  return (await (await standDb()).get("settings", key)) as T | undefined;
}

export async function writeStandSetting(key: string, value: unknown): Promise<void> {
  await (await standDb()).put("settings", value, key);
}

/** Settings both sides read. */
export const STAND_SETTING = {
  /** The merchant's bearer token and the backend it belongs to. */
  session: "merchant.session",
  /** epoch ms and counts of the last finished replay. */
  lastSync: "sync.last",
} as const;

export interface MerchantSessionRecord {
  token: string;
  backend_url: string;
  merchant_id: string;
}

export interface ChargeLastSync {
  at: number;
  sent: number;
  rejected: number;
}
