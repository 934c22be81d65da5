import {
  gateDb,
  readSetting,
  SETTING,
  type AdmissionState,
  type EventSnapshot,
  type LastSync,
  type LocalScan,
  type SnapshotCard,
  type SnapshotTicket,
  type SyncState,
} from "../core/offline/gate-db.js";
import type { OfflineGate } from "./adjudicate.js";
import type { UsherApi } from "./usher-api.js";

/** A full snapshot is taken again after this long; in between, deltas (`since`) keep it current. */
export const SNAPSHOT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const PAGE_SIZE = 500;
/** 2: with the wristbands (`cards`). A copy saved in another format is replaced by a full download. */
const SNAPSHOT_FORMAT = 2;

export interface SnapshotProgress {
  tickets: number;
  full: boolean;
  finished: boolean;
}

/**
 * Downloads the event's snapshot into IndexedDB page by page: a full one when there is none, it is older than
 * 24 h or of another format (the event's old tickets, cards and admission states are replaced), else the delta
 * since the last cursor. Cards come whole with a pass's first page, changed ones only in a delta: upserted by id.
 */
export async function downloadSnapshot(
  api: UsherApi,
  eventId: string,
  onProgress: (progress: SnapshotProgress) => void,
  signal?: AbortSignal,
): Promise<EventSnapshot> {
  const db = await gateDb();
  const previous = await db.get("snapshots", eventId);
  const full = !previous || previous.format !== SNAPSHOT_FORMAT || Date.now() - previous.full_at > SNAPSHOT_MAX_AGE_MS;
  let since = full ? undefined : previous.cursor;
  let header: Pick<EventSnapshot, "keys" | "gates" | "scanning"> | undefined = previous;
  let tickets = 0;
  onProgress({ tickets, full, finished: false });
  for (let first = true; ; first = false) {
    const page = await api.snapshot(eventId, since, PAGE_SIZE, signal);
    const tx = db.transaction(["tickets", "admissions", "cards"], "readwrite");
    const ticketStore = tx.objectStore("tickets");
    const admissionStore = tx.objectStore("admissions");
    const cardStore = tx.objectStore("cards");
    if (first && full) {
      for (const key of await ticketStore.index("event_id").getAllKeys(eventId)) void ticketStore.delete(key);
      for (const key of await admissionStore.index("event_id").getAllKeys(eventId)) void admissionStore.delete(key);
      for (const key of await cardStore.index("at_event_id").getAllKeys(eventId)) void cardStore.delete(key);
    }
    for (const card of page.cards ?? []) void cardStore.put({ ...card, at_event_id: eventId });
    for (const ticket of page.tickets) void ticketStore.put({ ...ticket, event_id: eventId });
    for (const admission of page.admissions ?? []) {
      void admissionStore.put({ list_id: admission.list_id, ticket_id: admission.ticket_id, state: admission.state, entries: admission.entries, event_id: eventId });
    }
    await tx.done;
    if (page.keys && page.gates && page.scanning) header = { keys: page.keys, gates: page.gates, scanning: page.scanning };
    tickets += page.tickets.length;
    since = page.next_cursor;
    onProgress({ tickets, full, finished: !page.has_more });
    if (!page.has_more) break;
  }
  if (!header || !since) throw new Error("The snapshot came without its keys and gates.");
  const now = Date.now();
  const snapshot: EventSnapshot = {
    event_id: eventId,
    ...header,
    cursor: since,
    full_at: full ? now : (previous?.full_at ?? now),
    synced_at: now,
    ticket_count: await db.countFromIndex("tickets", "event_id", eventId),
    card_count: await db.countFromIndex("cards", "at_event_id", eventId),
    format: SNAPSHOT_FORMAT,
  };
  await db.put("snapshots", snapshot);
  return snapshot;
}

export async function readSnapshot(eventId: string): Promise<EventSnapshot | undefined> {
  return (await gateDb()).get("snapshots", eventId);
}

/** The gate as adjudicateOffline reads it, over the stored snapshot. */
export function offlineGate(snapshot: EventSnapshot, gateId: string | undefined): OfflineGate {
  const gate = gateId ? snapshot.gates.find((candidate) => candidate.gate_id === gateId) : snapshot.gates.length === 1 ? snapshot.gates[0] : undefined;
  return {
    event_id: snapshot.event_id,
    keys: snapshot.keys,
    scanning: snapshot.scanning,
    gate,
    ticket: async (id) => (await gateDb()).get("tickets", id) as Promise<SnapshotTicket | undefined>,
    card: async (id) => (await gateDb()).get("cards", [snapshot.event_id, id]) as Promise<SnapshotCard | undefined>,
    admission: async (listId, ticketId) => (await gateDb()).get("admissions", [listId, ticketId]),
  };
}

/** Stores a scan and the admission state it left, together, so a reload never sees one without the other. */
export async function recordScan(scan: LocalScan, admission: AdmissionState | undefined): Promise<void> {
  const db = await gateDb();
  const tx = db.transaction(["scans", "admissions"], "readwrite");
  void tx.objectStore("scans").put(scan);
  if (admission) void tx.objectStore("admissions").put(admission);
  await tx.done;
}

/** After an online answer: the device's admission state follows the server's. */
export function admissionAfter(listId: string | undefined, eventId: string, ticketId: string | undefined, answer: LocalScan["verdict"], entries: number): AdmissionState | undefined {
  if (!listId || !ticketId) return undefined;
  const inside = answer.outcome === "admitted" || answer.reason === "already_admitted";
  const outside = answer.outcome === "exited" || answer.reason === "not_admitted";
  if (!inside && !outside) return undefined;
  return { list_id: listId, ticket_id: ticketId, event_id: eventId, state: inside ? "inside" : "outside", entries: answer.outcome === "admitted" ? entries + 1 : entries };
}

export async function readAdmission(listId: string, ticketId: string): Promise<AdmissionState | undefined> {
  return (await gateDb()).get("admissions", [listId, ticketId]);
}

export async function scansIn(eventId: string, sync: SyncState): Promise<LocalScan[]> {
  return (await gateDb()).getAllFromIndex("scans", "event_sync", [eventId, sync]);
}

export async function countScansIn(eventId: string, sync: SyncState): Promise<number> {
  return (await gateDb()).countFromIndex("scans", "event_sync", [eventId, sync]);
}

/** This device's latest scans of the event, newest first. */
export async function recentScans(eventId: string, limit: number): Promise<LocalScan[]> {
  const db = await gateDb();
  const found: LocalScan[] = [];
  const range = IDBKeyRange.bound([eventId, 0], [eventId, Number.MAX_SAFE_INTEGER]);
  for (let cursor = await db.transaction("scans").store.index("event_at").openCursor(range, "prev"); cursor && found.length < limit; cursor = await cursor.continue()) {
    found.push(cursor.value);
  }
  return found;
}

export function lastSync(): Promise<LastSync | undefined> {
  return readSetting<LastSync>(SETTING.lastSync);
}
