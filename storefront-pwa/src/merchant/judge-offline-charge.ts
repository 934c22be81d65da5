import { CREDENTIAL_REJECTIONS, normaliseSerialNumber, verifyCredential } from "@tessera/credentials/codec";
import type { SnapshotCard, StandKey } from "../core/offline/stand-db.js";

/**
 * Why a stand refuses a charge on the device. `forged`, `revoked` (an older version than the card's: blocked,
 * replaced or reissued since), `unknown_card`, `not_chargeable` (the block list: blocked, lost, replaced or not
 * handed out), `wrong_event`, `over_cap` (this device's unsynced charges on the card would pass its offline cap),
 * `no_credential` (a tag with only a serial number: nothing to verify), `no_snapshot` (no offline data yet).
 */
export type OfflineRefusal = "no_snapshot" | "no_credential" | "forged" | "revoked" | "unknown_card" | "not_chargeable" | "wrong_event" | "over_cap";

export interface OfflineStand {
  keys: readonly StandKey[];
  chargeable_statuses: readonly string[];
  /** The stand's event; a stand bound to none charges cards of any event. */
  event_id: string | null;
  card(id: string): Promise<SnapshotCard | undefined>;
  /** What this device charged the card offline and has not synced yet (minor units). */
  unsyncedSpend(cardId: string): Promise<number>;
}

export interface OfflineChargeInput {
  credential: Uint8Array | undefined;
  serial_number: string | undefined;
  amount: number;
  at: Date;
}

export type OfflineJudgement = { ok: true; card: SnapshotCard } | { ok: false; reason: OfflineRefusal; card?: SnapshotCard; cap_left?: number };

/**
 * Judges a charge on the device, in the server's order (plugins/nfc-wallet resolve-card.ts): the signature
 * against the snapshot's public keys, the version against the card's current one, the serial number the
 * credential is bound to, the card's status against the block list, the stand's event; then the card's offline
 * cap, which the server would flag (the balance is not known offline, so the cap bounds what can go wrong).
 */
export async function judgeOfflineCharge(stand: OfflineStand, input: OfflineChargeInput): Promise<OfflineJudgement> {
  if (!input.credential) return { ok: false, reason: "no_credential" };
  let card: SnapshotCard | undefined;
  const verdict = await verifyCredential(input.credential, {
    keys: stand.keys,
    now: input.at,
    currentVersion: async (kind, id) => {
      if (kind !== "card") return undefined;
      card = await stand.card(id);
      return card?.version;
    },
  });
  // a stand has no "invalid": an expired wristband is refused like a superseded one
  if (!verdict.ok) return { ok: false, reason: CREDENTIAL_REJECTIONS[verdict.reason] === "forged" ? "forged" : "revoked", card };
  const { claims } = verdict;
  if (claims.kind !== "card" || !card) return { ok: false, reason: "unknown_card" };
  if (claims.serial_number !== card.serial_number) return { ok: false, reason: "forged" };
  if (input.serial_number && !sameSerial(input.serial_number, card.serial_number)) return { ok: false, reason: "forged" };
  if (!stand.chargeable_statuses.includes(card.status)) return { ok: false, reason: "not_chargeable", card };
  if (stand.event_id && card.event_id && stand.event_id !== card.event_id) return { ok: false, reason: "wrong_event", card };
  const spent = await stand.unsyncedSpend(card.id);
  if (spent + input.amount > card.offline_cap) return { ok: false, reason: "over_cap", card, cap_left: Math.max(0, card.offline_cap - spent) };
  return { ok: true, card };
}

function sameSerial(read: string, signed: string): boolean {
  try {
    return normaliseSerialNumber(read) === signed;
  } catch {
    return false;
  }
}
