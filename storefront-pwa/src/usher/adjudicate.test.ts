import { generateSigningKey, signCredential } from "@tessera/credentials/codec";
import type { AdmissionState, GateList, SnapshotTicket } from "../core/offline/gate-db.js";
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
