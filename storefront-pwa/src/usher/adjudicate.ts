import { normaliseSerialNumber, verifyCredential, type RejectionReason } from "@tessera/credentials/codec";
import type { AdmissionState, GateList, PublicKey, ScanAnswer, ScanDirection, SnapshotTicket } from "../core/offline/gate-db.js";

/** The codec's reasons in the gate's words, as the server maps them (plugins/checkin/src/gate/judge.ts). */
const CREDENTIAL_REASONS: Record<RejectionReason, string> = {
  malformed: "forged",
  unknown_key: "forged",
  forged: "forged",
  key_revoked: "revoked",
  revoked: "revoked",
  expired: "invalid",
};

export interface OfflineGate {
  event_id: string;
  keys: readonly PublicKey[];
  scanning: "open" | "closed";
  /** The gate the usher stands at; undefined when the event has none. */
  gate: GateList | undefined;
  ticket(id: string): Promise<SnapshotTicket | undefined>;
  admission(listId: string, ticketId: string): Promise<AdmissionState | undefined>;
}

export interface OfflineScan {
  id: string;
  direction: ScanDirection;
  credential: Uint8Array | undefined;
  serial_number: string | undefined;
  at: Date;
}

export interface OfflineVerdict {
  answer: ScanAnswer;
  /** The admission state this scan leaves behind, when it changed one. */
  admission?: AdmissionState;
}

/**
 * Judges a scan on the device, in the server's order (DESIGN §4–5): credential (signature against the snapshot's
 * keys, version against the ticket's current one), ticket (known, this event, valid), gate (open, window, type),
 * then the admission state kept on the device (inside → already admitted; exit without entry → not admitted).
 */
export async function adjudicateOffline(gate: OfflineGate, scan: OfflineScan): Promise<OfflineVerdict> {
  const reject = (reason: string, ticket?: SnapshotTicket): OfflineVerdict => ({
    answer: { id: scan.id, outcome: "rejected", reason, ...(ticket ? { attendee: ticket.attendee } : {}) },
  });
  if (!scan.credential) return reject("not_found");
  let current: SnapshotTicket | undefined;
  const verdict = await verifyCredential(scan.credential, {
    keys: gate.keys,
    now: scan.at,
    currentVersion: async (kind, id) => {
      if (kind !== "ticket") return undefined;
      current = await gate.ticket(id);
      return current?.version;
    },
  });
  if (!verdict.ok) return reject(CREDENTIAL_REASONS[verdict.reason]);
  const { claims } = verdict;
  if (claims.serial_number && scan.serial_number && !sameSerial(scan.serial_number, claims.serial_number)) return reject("forged");
  const ticket = current;
  if (claims.kind !== "ticket" || !ticket) return reject("not_found");
  if ((claims.event_id && claims.event_id !== gate.event_id) || ticket.event_id !== gate.event_id) return reject("wrong_event");
  if (ticket.status !== "valid") return reject("invalid", ticket);
  const list = gate.gate;
  if (!list || gate.scanning === "closed" || !withinWindow(list, scan.at)) return reject("not_open", ticket);
  if (list.ticket_type_ids?.length && !list.ticket_type_ids.includes(ticket.ticket_type_id)) return reject("blocked", ticket);

  const admission = await gate.admission(list.list_id, ticket.id);
  const admitted = (state: AdmissionState): OfflineVerdict => ({
    answer: { id: scan.id, outcome: scan.direction === "in" ? "admitted" : "exited", attendee: ticket.attendee },
    admission: state,
  });
  const base = { list_id: list.list_id, ticket_id: ticket.id, event_id: gate.event_id };
  if (scan.direction === "out") {
    if (admission?.state !== "inside") return reject("not_admitted", ticket);
    return admitted({ ...base, state: "outside", entries: admission.entries });
  }
  if (admission?.state === "inside" || (admission && admission.entries > 0 && !list.allow_reentry)) return reject("already_admitted", ticket);
  return admitted({ ...base, state: "inside", entries: (admission?.entries ?? 0) + 1 });
}

function withinWindow(list: GateList, at: Date): boolean {
  const time = at.getTime();
  if (list.opens_at && time < Date.parse(list.opens_at)) return false;
  if (list.closes_at && !(time < Date.parse(list.closes_at))) return false;
  return true;
}

function sameSerial(read: string, signed: string): boolean {
  try {
    return normaliseSerialNumber(read) === signed;
  } catch {
    return false;
  }
}
