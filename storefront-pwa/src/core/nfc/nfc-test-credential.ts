import { generateSigningKey, signCredential } from "@tessera/credentials/codec";

/** A real signed ticket credential for the NFC layer's tests (a fresh key each run). */
export async function testCredential(): Promise<Uint8Array> {
  const key = await generateSigningKey();
  return signCredential(
    { kind: "ticket", id: "tkt_01JABCDEFGHJKMNPQRSTVWXYZ0", version: 1, event_id: "evt_01JABCDEFGHJKMNPQRSTVWXYZ1" },
    { kid: key.kid, privateKey: key.privateKey },
  );
}
