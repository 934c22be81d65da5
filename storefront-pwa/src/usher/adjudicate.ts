import { CREDENTIAL_REJECTIONS, normaliseSerialNumber, verifyCredential, type CredentialClaims } from "@tessera/credentials/codec";
import type {
  AdmissionState,
  GateList,
  PublicKey,
  ScanAnswer,
  ScanDirection,
  SnapshotCard,
  SnapshotTicket,
} from "../core/offline/gate-db.js";
import { judgeCard, type HeldTickets, type TicketRefusal } from "./judge-card.js";

export interface OfflineGate {
  event_id: string;
  keys: readonly PublicKey[];
  scanning: "open" | "closed";
  /** The gate the usher stands at; undefined when the event has none. */
  gate: GateList | undefined;
  ticket(id: string): Promise<SnapshotTicket | undefined>;
  /** A wristband or card of one of the event's ticket holders. */
  card(id: string): Promise<SnapshotCard | undefined>;
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
 * keys, version against the ticket's or card's current one), then what it stands for: a ticket (known, this event)
 * or a wristband (card state, its holder's tickets here), each ticket judged valid, gate open, window, type; then
 * the admission state kept on the device, keyed by the ticket, so a ticket's QR and its holder's wristband share
 * one state (inside → already admitted; exit without entry → not admitted).
 */
export async function adjudicateOffline(gate: OfflineGate, scan: OfflineScan): Promise<OfflineVerdict> {
  const reject = (reason: string, ticket?: SnapshotTicket): OfflineVerdict => ({
    answer: { id: scan.id, outcome: "rejected", reason, ...(ticket ? { attendee: ticket.attendee } : {}) },
  });
  if (!scan.credential) return reject("not_found");
  const found: { ticket?: SnapshotTicket; card?: SnapshotCard } = {};
  const verdict = await verifyCredential(scan.credential, {
    keys: gate.keys,
    now: scan.at,
    currentVersion: async (kind, id) => {
      if (kind === "ticket") return (found.ticket = await gate.ticket(id))?.version;
      return (found.card = await gate.card(id))?.version;
    },
  });
  if (!verdict.ok) return reject(CREDENTIAL_REJECTIONS[verdict.reason]);
  const { claims } = verdict;
  // a signed credential copied onto another tag
  if (claims.serial_number && scan.serial_number && !sameSerial(scan.serial_number, claims.serial_number)) return reject("forged");

  const list = gate.gate;
  const admits = (ticket: SnapshotTicket): TicketRefusal | null => {
    if (ticket.status !== "valid") return "invalid";
    if (!list || gate.scanning === "closed" || !withinWindow(list, scan.at)) return "not_open";
    if (list.ticket_type_ids?.length && !list.ticket_type_ids.includes(ticket.ticket_type_id)) return "blocked";
    return null;
  };
  const held = claims.kind === "card" ? await heldByCard(gate, claims, found.card, admits) : heldTicket(gate, claims, found.ticket, admits);
  if ("reason" in held) return reject(held.reason, held.ticket);
  // admits() passed, so there is a list
  return admit(gate, list as GateList, scan, held.tickets);
}

function heldTicket(gate: OfflineGate, claims: CredentialClaims, ticket: SnapshotTicket | undefined, admits: (ticket: SnapshotTicket) => TicketRefusal | null): HeldTickets {
  if (!ticket) return { reason: "not_found" };
  if ((claims.event_id && claims.event_id !== gate.event_id) || ticket.event_id !== gate.event_id) return { reason: "wrong_event" };
  const refusal = admits(ticket);
  return refusal ? { reason: refusal, ticket } : { tickets: [ticket] };
}

async function heldByCard(gate: OfflineGate, claims: CredentialClaims, card: SnapshotCard | undefined, admits: (ticket: SnapshotTicket) => TicketRefusal | null): Promise<HeldTickets> {
  const tickets = new Map<string, SnapshotTicket>();
  for (const id of card?.ticket_ids ?? []) {
    const ticket = await gate.ticket(id);
    if (ticket) tickets.set(id, ticket);
  }
  return judgeCard(card, claims.serial_number, gate.event_id, tickets, admits);
}

/**
 * Enters (or lets out) the first of `tickets` the device's admission states allow, as the database does for a
 * wristband whose holder has several tickets; when none, the refusal names the first.
 */
async function admit(gate: OfflineGate, list: GateList, scan: OfflineScan, tickets: SnapshotTicket[]): Promise<OfflineVerdict> {
  const states = await Promise.all(tickets.map((ticket) => gate.admission(list.list_id, ticket.id)));
  const base = (ticket: SnapshotTicket) => ({ list_id: list.list_id, ticket_id: ticket.id, event_id: gate.event_id });
  const passed = (ticket: SnapshotTicket, state: AdmissionState): OfflineVerdict => ({
    answer: { id: scan.id, outcome: scan.direction === "in" ? "admitted" : "exited", attendee: ticket.attendee },
    admission: state,
  });
  const refused = (reason: string): OfflineVerdict => ({ answer: { id: scan.id, outcome: "rejected", reason, attendee: tickets[0].attendee } });

  if (scan.direction === "out") {
    const inside = states.findIndex((state) => state?.state === "inside");
    if (inside < 0) return refused("not_admitted");
    return passed(tickets[inside], { ...base(tickets[inside]), state: "outside", entries: states[inside]?.entries ?? 0 });
  }
  const enterable = states.findIndex((state) => !state || (state.state === "outside" && (state.entries === 0 || list.allow_reentry)));
  if (enterable < 0) return refused("already_admitted");
  return passed(tickets[enterable], { ...base(tickets[enterable]), state: "inside", entries: (states[enterable]?.entries ?? 0) + 1 });
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
