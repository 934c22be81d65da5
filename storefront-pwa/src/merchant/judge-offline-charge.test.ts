import { generateSigningKey, signCredential } from "@tessera/credentials/codec";
import type { SnapshotCard } from "../core/offline/stand-db.js";
import { judgeOfflineCharge, type OfflineStand } from "./judge-offline-charge.js";

const EVENT = "evt_01JABCDEFGHJKMNPQRSTVWXYZ1";
const CARD = "card_01JABCDEFGHJKMNPQRSTVWXYZ0";
const SERIAL = "04a1b2c3d4e5f6";

const card: SnapshotCard = { merchant_id: "mer_1", id: CARD, serial_number: SERIAL, status: "active", version: 2, offline_cap: 2000, event_id: EVENT };

/** A stand over an in-memory snapshot; `spent` is what the device charged the card offline and has not synced. */
async function setup(cardOverrides: Partial<SnapshotCard> = {}, standEvent: string | null = EVENT) {
  const key = await generateSigningKey();
  const spent = new Map<string, number>();
  const stand: OfflineStand = {
    keys: [{ kid: key.kid, public_key: key.publicKey, status: "active" }],
    chargeable_statuses: ["assigned", "active"],
    event_id: standEvent,
    card: async (id) => (id === CARD ? { ...card, ...cardOverrides } : undefined),
    unsyncedSpend: async (id) => spent.get(id) ?? 0,
  };
  const sign = (claims: { version?: number; serial_number?: string; id?: string; kind?: "card" | "ticket" } = {}) =>
    signCredential(
      { kind: claims.kind ?? "card", id: claims.id ?? CARD, version: claims.version ?? 2, serial_number: claims.serial_number ?? SERIAL, event_id: EVENT },
      { kid: key.kid, privateKey: key.privateKey },
    );
  const charge = async (credential: Uint8Array | undefined, amount = 500, serial_number?: string) =>
    judgeOfflineCharge(stand, { credential, serial_number, amount, at: new Date() });
  return { stand, sign, charge, spent };
}

describe("judgeOfflineCharge", () => {
  it("should accept a genuine, current card of the stand's event within its offline cap", async () => {
    const { sign, charge } = await setup();
    expect(await charge(await sign(), 500, "04:A1:B2:C3:D4:E5:F6")).toMatchObject({ ok: true, card: { id: CARD } });
  });

  it("should refuse a charge that would take this device's unsynced spend on the card past its cap", async () => {
    const { sign, charge, spent } = await setup();
    const credential = await sign();
    spent.set(CARD, 1800);
    expect(await charge(credential, 200)).toMatchObject({ ok: true });
    expect(await charge(credential, 201)).toMatchObject({ ok: false, reason: "over_cap", cap_left: 200 });
  });

  it("should refuse forged, revoked, unknown, blocked and other events' cards", async () => {
    const { sign, charge } = await setup();
    const tampered = await sign();
    tampered[tampered.length - 1] ^= 1;
    expect(await charge(tampered)).toMatchObject({ ok: false, reason: "forged" });
    expect(await charge(await sign({ version: 1 }))).toMatchObject({ ok: false, reason: "revoked" });
    expect(await charge(await sign({ id: "card_01JZZZZZZZZZZZZZZZZZZZZZZZ" }))).toMatchObject({ ok: false, reason: "unknown_card" });
    expect(await charge(await sign({ kind: "ticket", id: "tkt_01JABCDEFGHJKMNPQRSTVWXYZ0" }))).toMatchObject({ ok: false, reason: "unknown_card" });
    expect(await charge(await sign({ serial_number: "04ffffffffffff" }))).toMatchObject({ ok: false, reason: "forged" });
    expect(await charge(await sign(), 500, "04ffffffffffff")).toMatchObject({ ok: false, reason: "forged" });
    expect(await charge(undefined)).toMatchObject({ ok: false, reason: "no_credential" });

    const blocked = await setup({ status: "blocked" });
    expect(await blocked.charge(await blocked.sign())).toMatchObject({ ok: false, reason: "not_chargeable" });
    const elsewhere = await setup({}, "evt_01JZZZZZZZZZZZZZZZZZZZZZZZ");
    expect(await elsewhere.charge(await elsewhere.sign())).toMatchObject({ ok: false, reason: "wrong_event" });
    const anyEvent = await setup({}, null);
    expect(await anyEvent.charge(await anyEvent.sign())).toMatchObject({ ok: true });
  });
});
