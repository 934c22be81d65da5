import { generateSigningKey, signCredential } from "@tessera/credentials/codec";
import type { AdmissionState, GateList, SnapshotCard, SnapshotTicket } from "../core/offline/gate-db.js";
import { adjudicateOffline, type OfflineGate, type OfflineScan } from "./adjudicate.js";

const EVENT = "evt_01JABCDEFGHJKMNPQRSTVWXYZ1";
const TICKET = "tkt_01JABCDEFGHJKMNPQRSTVWXYZ0";

const list: GateList = {
  gate_id: "cgt_north",
  gate_name: "North",
  list_id: "ckl_main",
  ticket_type_ids: null,
  allow_reentry: false,
  opens_at: null,
  closes_at: null,
};

const ticket: SnapshotTicket = {
  id: TICKET,
  event_id: EVENT,
  code: "ABC123",
  status: "valid",
  version: 2,
  ticket_type_id: "ttype_ga",
  attendee: {
    ticket_id: TICKET,
    code: "ABC123",
    name: "Ada Lovelace",
    photo_url: null,
    tier: "general",
    ticket_type: "GA",
    status: "valid",
    emergency_contact: null,
    blood_type: null,
    dependents: [],
    needs_attention: false,
    attention_note: null,
  },
};

/** A gate over an in-memory snapshot whose admissions follow the verdicts, as gate-store does in IndexedDB. */
async function setup(overrides: Partial<GateList> = {}, ticketOverrides: Partial<SnapshotTicket> = {}) {
  const key = await generateSigningKey();
  const admissions = new Map<string, AdmissionState>();
  const gate: OfflineGate = {
    event_id: EVENT,
    keys: [{ kid: key.kid, public_key: key.publicKey, status: "active" }],
    scanning: "open",
    gate: { ...list, ...overrides },
    ticket: async (id) => (id === TICKET ? { ...ticket, ...ticketOverrides } : undefined),
    card: async () => undefined,
    admission: async (listId, ticketId) => admissions.get(`${listId}:${ticketId}`),
  };
  const sign = (claims: { version?: number; event_id?: string } = {}) =>
    signCredential({ kind: "ticket", id: TICKET, version: claims.version ?? 2, event_id: claims.event_id ?? EVENT }, { kid: key.kid, privateKey: key.privateKey });
  let n = 0;
  const scan = async (credential: Uint8Array, direction: OfflineScan["direction"] = "in") => {
    const verdict = await adjudicateOffline(gate, { id: `scan-${n++}`, direction, credential, serial_number: undefined, at: new Date() });
    if (verdict.admission) admissions.set(`${verdict.admission.list_id}:${verdict.admission.ticket_id}`, verdict.admission);
    return verdict.answer;
  };
  return { gate, sign, scan };
}

describe("adjudicateOffline", () => {
  it("should admit once, then answer already admitted; exit needs an entry; no re-entry on a list without it", async () => {
    const { sign, scan } = await setup();
    const credential = await sign();
    expect(await scan(credential, "out")).toMatchObject({ outcome: "rejected", reason: "not_admitted" });
    expect(await scan(credential)).toMatchObject({ outcome: "admitted", attendee: { name: "Ada Lovelace" } });
    expect(await scan(credential)).toMatchObject({ outcome: "rejected", reason: "already_admitted" });
    expect(await scan(credential, "out")).toMatchObject({ outcome: "exited" });
    expect(await scan(credential)).toMatchObject({ outcome: "rejected", reason: "already_admitted" });
  });

  it("should let a ticket back in where the list allows re-entry", async () => {
    const { sign, scan } = await setup({ allow_reentry: true });
    const credential = await sign();
    expect((await scan(credential)).outcome).toBe("admitted");
    expect((await scan(credential, "out")).outcome).toBe("exited");
    expect((await scan(credential)).outcome).toBe("admitted");
  });

  it("should reject in the server's order with the server's reasons", async () => {
    const { sign, scan } = await setup();
    const stranger = await (await setup()).sign();
    expect(await scan(stranger)).toMatchObject({ outcome: "rejected", reason: "forged" });
    expect(await scan(await sign({ version: 1 }))).toMatchObject({ reason: "revoked" });
    expect(await scan(await sign({ event_id: "evt_01JABCDEFGHJKMNPQRSTVWXYZ9" }))).toMatchObject({ reason: "wrong_event" });
    const damaged = await sign();
    damaged[damaged.length - 1] ^= 1;
    expect(await scan(damaged)).toMatchObject({ reason: "forged" });
    expect(await scan(undefined as unknown as Uint8Array)).toMatchObject({ reason: "not_found" });
  });

  it("should refuse a void ticket, a closed window and a type the gate does not take, showing the attendee", async () => {
    const voided = await setup({}, { status: "refunded" });
    expect(await voided.scan(await voided.sign())).toMatchObject({ reason: "invalid", attendee: { code: "ABC123" } });
    const closed = await setup({ closes_at: new Date(Date.now() - 1000).toISOString() });
    expect(await closed.scan(await closed.sign())).toMatchObject({ reason: "not_open" });
    const vipOnly = await setup({ ticket_type_ids: ["ttype_vip"] });
    expect(await vipOnly.scan(await vipOnly.sign())).toMatchObject({ reason: "blocked" });
  });
});

const CARD = "card_01JABCDEFGHJKMNPQRSTVWXYZ0";
const SERIAL = "04a1b2c3d4e5f6";
const SECOND = "tkt_01JABCDEFGHJKMNPQRSTVWXYZ5";

/**
 * A gate whose snapshot holds Ada's wristband, bound to her tickets (`held`, oldest first), each a copy of `ticket`
 * under its own id; admissions follow the verdicts, keyed by ticket, whatever was scanned.
 */
async function cardSetup({ card = {}, held = [TICKET], tickets = {}, list: listOverrides = {} }: {
  card?: Partial<SnapshotCard>;
  held?: string[];
  tickets?: Record<string, Partial<SnapshotTicket>>;
  list?: Partial<GateList>;
} = {}) {
  const key = await generateSigningKey();
  const signer = { kid: key.kid, privateKey: key.privateKey };
  const admissions = new Map<string, AdmissionState>();
  const wristband: SnapshotCard = { id: CARD, at_event_id: EVENT, serial_number: SERIAL, state: "active", version: 3, event_id: null, ticket_ids: held, ...card };
  const ticketOf = (id: string): SnapshotTicket => ({ ...ticket, id, attendee: { ...ticket.attendee, ticket_id: id }, ...tickets[id] });
  const gate: OfflineGate = {
    event_id: EVENT,
    keys: [{ kid: key.kid, public_key: key.publicKey, status: "active" }],
    scanning: "open",
    gate: { ...list, ...listOverrides },
    ticket: async (id) => ([TICKET, SECOND].includes(id) ? ticketOf(id) : undefined),
    card: async (id) => (id === CARD ? wristband : undefined),
    admission: async (listId, ticketId) => admissions.get(`${listId}:${ticketId}`),
  };
  const band = (claims: { version?: number; serial_number?: string } = {}) =>
    signCredential({ kind: "card", id: CARD, version: claims.version ?? 3, serial_number: claims.serial_number ?? SERIAL }, signer);
  const qr = (id = TICKET) => signCredential({ kind: "ticket", id, version: 2, event_id: EVENT }, signer);
  let n = 0;
  const scan = async (credential: Uint8Array, { direction = "in", serial }: { direction?: OfflineScan["direction"]; serial?: string } = {}) => {
    const verdict = await adjudicateOffline(gate, { id: `scan-${n++}`, direction, credential, serial_number: serial, at: new Date() });
    if (verdict.admission) admissions.set(`${verdict.admission.list_id}:${verdict.admission.ticket_id}`, verdict.admission);
    return verdict.answer;
  };
  return { band, qr, scan, admissions };
}

describe("adjudicateOffline with a wristband", () => {
  it("should admit the holder's ticket once, whether the wristband or the ticket's QR comes first or second", async () => {
    const { band, qr, scan, admissions } = await cardSetup();
    expect(await scan(await band(), { serial: "04:A1:B2:C3:D4:E5:F6" })).toMatchObject({ outcome: "admitted", attendee: { ticket_id: TICKET, name: "Ada Lovelace" } });
    expect(await scan(await qr())).toMatchObject({ outcome: "rejected", reason: "already_admitted", attendee: { ticket_id: TICKET } });
    expect(await scan(await band())).toMatchObject({ reason: "already_admitted" });
    expect([...admissions.values()]).toEqual([{ list_id: "ckl_main", ticket_id: TICKET, event_id: EVENT, state: "inside", entries: 1 }]);
    expect(await scan(await band(), { direction: "out" })).toMatchObject({ outcome: "exited", attendee: { ticket_id: TICKET } });
    expect(await scan(await qr(), { direction: "out" })).toMatchObject({ reason: "not_admitted" });
  });

  it("should refuse blocked, lost, replaced, unknown, foreign and copied wristbands with the server's reasons", async () => {
    const blocked = await cardSetup({ card: { state: "blocked" } });
    expect(await blocked.scan(await blocked.band())).toEqual({ id: "scan-0", outcome: "rejected", reason: "blocked" });
    // a credential written before the block is older than the card's version now
    expect(await blocked.scan(await blocked.band({ version: 2 }))).toMatchObject({ reason: "revoked" });
    const replaced = await cardSetup({ card: { state: "replaced" } });
    expect(await replaced.scan(await replaced.band())).toMatchObject({ reason: "revoked" });
    const inStock = await cardSetup({ card: { state: "unassigned" } });
    expect(await inStock.scan(await inStock.band())).toMatchObject({ reason: "not_found" });
    const ticketless = await cardSetup({ held: [] });
    expect(await ticketless.scan(await ticketless.band())).toMatchObject({ reason: "not_found" });
    const bound = await cardSetup({ card: { event_id: "evt_01JABCDEFGHJKMNPQRSTVWXYZ9" } });
    expect(await bound.scan(await bound.band())).toMatchObject({ reason: "wrong_event" });
    const copied = await cardSetup();
    expect(await copied.scan(await copied.band(), { serial: "04ffffffffffff" })).toMatchObject({ reason: "forged" });
    expect(await copied.scan(await copied.band({ serial_number: "04000000000000" }))).toMatchObject({ reason: "forged" });
    const unknown = await cardSetup();
    const stranger = await (await cardSetup()).band();
    expect(await unknown.scan(stranger)).toMatchObject({ reason: "forged" });
  });

  it("should refuse for the holder's ticket, the most telling refusal first, with that ticket shown", async () => {
    const voided = await cardSetup({ tickets: { [TICKET]: { status: "refunded" } } });
    expect(await voided.scan(await voided.band())).toMatchObject({ reason: "invalid", attendee: { ticket_id: TICKET } });
    const vipOnly = await cardSetup({ held: [TICKET, SECOND], tickets: { [TICKET]: { status: "void" } }, list: { ticket_type_ids: ["ttype_vip"] } });
    expect(await vipOnly.scan(await vipOnly.band())).toMatchObject({ reason: "blocked", attendee: { ticket_id: SECOND } });
    const closed = await cardSetup({ list: { opens_at: new Date(Date.now() + 60_000).toISOString() } });
    expect(await closed.scan(await closed.band())).toMatchObject({ reason: "not_open" });
  });

  it("should take a holder of two tickets in one at a time, the first not inside yet, then refuse naming the first", async () => {
    const { band, qr, scan } = await cardSetup({ held: [TICKET, SECOND] });
    expect(await scan(await qr(SECOND))).toMatchObject({ outcome: "admitted", attendee: { ticket_id: SECOND } });
    expect(await scan(await band())).toMatchObject({ outcome: "admitted", attendee: { ticket_id: TICKET } });
    expect(await scan(await band())).toMatchObject({ reason: "already_admitted", attendee: { ticket_id: TICKET } });
    expect(await scan(await band(), { direction: "out" })).toMatchObject({ outcome: "exited", attendee: { ticket_id: TICKET } });
    expect(await scan(await band(), { direction: "out" })).toMatchObject({ outcome: "exited", attendee: { ticket_id: SECOND } });
    expect(await scan(await band(), { direction: "out" })).toMatchObject({ reason: "not_admitted", attendee: { ticket_id: TICKET } });
  });
});
