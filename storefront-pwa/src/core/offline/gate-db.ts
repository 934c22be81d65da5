import { openDB, type DBSchema, type IDBPDatabase } from "idb";

/**
 * The gate's offline store (IndexedDB `tessera-gate`), shared by the usher pages and the service worker:
 * the event snapshot (keys, gates, tickets, admission states), every scan this device made, and settings
 * (the usher's token, which the worker needs to replay queued scans). Shapes follow the check-in API
 * (DESIGN §5), hence snake_case.
 */

export type ScanDirection = "in" | "out";
export type ScanOutcome = "admitted" | "exited" | "rejected";

export interface AttendeeCard {
  ticket_id: string;
  code: string;
  name: string | null;
  photo_url: string | null;
  tier: string | null;
  ticket_type: string | null;
  status: string;
  emergency_contact: { name: string | null; phone: string | null } | null;
  blood_type: string | null;
  dependents: { id: string; name: string; relation: string }[];
  needs_attention: boolean;
  attention_note: string | null;
}

export interface GateList {
  gate_id: string;
  gate_name: string;
  list_id: string;
  ticket_type_ids: string[] | null;
  allow_reentry: boolean;
  opens_at: string | null;
  closes_at: string | null;
}

export interface PublicKey {
  kid: string;
  public_key: string;
  status: "active" | "retired" | "revoked";
}

/** One event's snapshot header: what a device needs besides the tickets. */
export interface EventSnapshot {
  event_id: string;
  keys: PublicKey[];
  gates: GateList[];
  scanning: "open" | "closed";
  /** The server's cursor for the next delta. */
  cursor: string;
  /** epoch ms of the last full download (a new one is taken after 24 h) and of the last delta. */
  full_at: number;
  synced_at: number;
  ticket_count: number;
  /** Wristbands and cards of the event's ticket holders on the device (absent in snapshots saved before cards were). */
  card_count?: number;
  /** What the snapshot holds; a copy of an older format is downloaded again in full. */
  format?: number;
}

export interface SnapshotTicket {
  id: string;
  event_id: string;
  code: string;
  status: string;
  version: number;
  ticket_type_id: string;
  attendee: AttendeeCard;
}

/**
 * A wristband or card as the gate judges it offline (the server's GateCard): `state` in the gate's words,
 * `version` revokes older credentials, `ticket_ids` are its holder's tickets at the event, oldest first.
 * `at_event_id` is the event whose snapshot brought it (`event_id` is the event the card is bound to, if any).
 */
export interface SnapshotCard {
  id: string;
  at_event_id: string;
  serial_number: string;
  state: "active" | "blocked" | "replaced" | "unassigned";
  version: number;
  event_id: string | null;
  ticket_ids: string[];
}

export interface AdmissionState {
  list_id: string;
  ticket_id: string;
  event_id: string;
  state: "inside" | "outside";
  entries: number;
}

/** What the device sends (POST /usher/scans and /usher/scans/batch). */
export interface ScanRequest {
  id: string;
  event_id: string;
  gate_id: string | null;
  direction: ScanDirection;
  credential: string;
  serial_number: string | null;
  scanned_at: string;
  device_id: string;
}

export interface ScanAnswer {
  id: string;
  outcome: ScanOutcome;
  reason?: string;
  attendee?: AttendeeCard;
  conflict_id?: string;
}

/**
 * `online`: judged by the server at once. `pending`: judged here, waiting in the queue. `synced`: the server
 * agreed later. `conflict`: an offline admission the server found colliding with an earlier one.
 * `refused`: the server would not take it (e.g. the usher lost the assignment); kept, never dropped.
 * `device`: refused offline as already admitted, so nobody went in: kept here only, because the batch API
 * cannot tell a refusal from an admission and would report it as a conflict.
 */
export type SyncState = "online" | "pending" | "synced" | "conflict" | "refused" | "device";

export interface LocalScan {
  request: ScanRequest;
  event_id: string;
  /** The verdict shown at the gate. */
  verdict: ScanAnswer;
  /** The server's answer, once it has one. */
  server?: ScanAnswer;
  sync: SyncState;
  /** For `refused`: the server's message. */
  sync_message?: string;
  /** epoch ms, for ordering the local log. */
  at: number;
}

interface GateDb extends DBSchema {
  snapshots: { key: string; value: EventSnapshot };
  tickets: { key: string; value: SnapshotTicket; indexes: { event_id: string } };
  admissions: { key: [string, string]; value: AdmissionState; indexes: { event_id: string } };
  cards: { key: [string, string]; value: SnapshotCard; indexes: { at_event_id: string } };
  scans: { key: string; value: LocalScan; indexes: { event_sync: [string, SyncState]; event_at: [string, number] } };
  settings: { key: string; value: unknown };
}

export type GateDatabase = IDBPDatabase<GateDb>;

let opened: Promise<GateDatabase> | undefined;

export function gateDb(): Promise<GateDatabase> {
  opened ??= openDB<GateDb>("tessera-gate", 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore("snapshots", { keyPath: "event_id" });
        database.createObjectStore("tickets", { keyPath: "id" }).createIndex("event_id", "event_id");
        database.createObjectStore("admissions", { keyPath: ["list_id", "ticket_id"] }).createIndex("event_id", "event_id");
        const scans = database.createObjectStore("scans", { keyPath: "request.id" });
        scans.createIndex("event_sync", ["event_id", "sync"]);
        scans.createIndex("event_at", ["event_id", "at"]);
        database.createObjectStore("settings");
      }
      // version 2: wristbands, per event (one card may stand for different tickets at two events)
      if (oldVersion < 2) database.createObjectStore("cards", { keyPath: ["at_event_id", "id"] }).createIndex("at_event_id", "at_event_id");
    },
    // A newer version opened elsewhere (an updated page or worker): let it upgrade, and reopen on next use.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      opened = undefined;
    },
  });
  return opened;
}

export async function readSetting<T>(key: string): Promise<T | undefined> {
  return (await (await gateDb()).get("settings", key)) as T | undefined;
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  await (await gateDb()).put("settings", value, key);
}

/** Settings both sides read. */
export const SETTING = {
  /** The usher's bearer token and the backend it belongs to. */
  session: "usher.session",
  /** epoch ms and counts of the last finished replay. */
  lastSync: "sync.last",
} as const;

export interface UsherSessionRecord {
  token: string;
  backend_url: string;
}

export interface LastSync {
  at: number;
  sent: number;
  conflicts: number;
}
