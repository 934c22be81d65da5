import { join } from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CREDENTIAL_MODULE } from ".."
import { generateSigningKey, signCredential } from "../../../codec"
import { CredentialKey } from "../models/credential-key"
import { sealPrivateKey } from "../utils/seal"
import type CredentialModuleService from "../service"

const KEY_SECRET = "a-test-secret-of-enough-length"

moduleIntegrationTestRunner<CredentialModuleService>({
  moduleName: CREDENTIAL_MODULE,
  moduleModels: [CredentialKey],
  resolve: join(__dirname, ".."),
  moduleOptions: { keySecret: KEY_SECRET },
  testSuite: ({ service }) => {
    const ticket = {
      kind: "ticket" as const,
      id: "tkt_01JD0000000000000000000000",
      version: 1,
      event_id: "evt_01JD0000000000000000000001",
    }

    describe("ensureSigningKey", () => {
      it("should create exactly one active key, even when asked concurrently", async () => {
        const keys = await Promise.all(Array.from({ length: 8 }, () => service.ensureSigningKey()))
        expect(new Set(keys.map((k) => k.kid)).size).toBe(1)
        const stored = await service.listCredentialKeys({ status: "active" })
        expect(stored).toHaveLength(1)
      })
    })

    describe("rotateSigningKey", () => {
      it("should leave exactly one active key when rotations race", async () => {
        await service.ensureSigningKey()
        const results = await Promise.allSettled(Array.from({ length: 6 }, () => service.rotateSigningKey()))
        expect(results.some((r) => r.status === "fulfilled")).toBe(true)
        expect(await service.listCredentialKeys({ status: "active" })).toHaveLength(1)
      })

      it("should verify at once what a key created by another instance signed (no stale key cache)", async () => {
        const current = await service.ensureSigningKey()
        await service.verify("TS1:warm-the-cache")
        // another instance rotates: same table, but this service's key cache never hears of it
        const generated = await generateSigningKey()
        const [row] = await service.listCredentialKeys({ kid: current.kid })
        await service.updateCredentialKeys({ id: row.id, status: "retired", retired_at: new Date() })
        await service.createCredentialKeys({
          kid: generated.kid,
          public_key: generated.publicKey,
          sealed_private_key: sealPrivateKey(generated.privateKey, generated.kid, KEY_SECRET),
          status: "active",
        })
        const signed = await signCredential(ticket, { kid: generated.kid, privateKey: generated.privateKey })
        expect(await service.verify(signed)).toMatchObject({ ok: true, kid: generated.kid })
      })
    })

    describe("stored keys", () => {
      it("should keep the private key sealed and never list it", async () => {
        await service.ensureSigningKey()
        const [stored] = await service.listCredentialKeys({}, { select: ["sealed_private_key", "kid"] })
        expect(stored.sealed_private_key).not.toMatch(/^MC4CAQAw/) // base64url of a clear PKCS#8 Ed25519 key
        const listed = await service.listPublicKeys()
        expect(JSON.stringify(listed)).not.toContain(stored.sealed_private_key)
        expect(Object.keys(listed[0]).sort()).toEqual(
          ["created_at", "kid", "public_key", "retired_at", "revoked_at", "status"].sort()
        )
      })
    })

    describe("issueCredential / verify", () => {
      it("should issue a credential that verifies, and reject its older version", async () => {
        const issued = await service.issueCredential(ticket)
        expect(issued.tag_bytes).toBeLessThanOrEqual(144)
        const verdict = await service.verify(issued.qr)
        expect(verdict).toMatchObject({ ok: true, claims: { id: ticket.id, version: 1 } })
        const revoked = await service.verify(issued.credential, () => 2)
        expect(revoked).toMatchObject({ ok: false, reason: "revoked" })
      })

      it("should keep verifying after rotation and stop after the old key is revoked", async () => {
        const before = await service.issueCredential(ticket)
        const rotated = await service.rotateSigningKey()
        expect(rotated.kid).not.toBe(before.kid)
        const after = await service.issueCredential(ticket)
        expect(after.kid).toBe(rotated.kid)

        await new Promise((r) => setTimeout(r, 5_100)) // key cache window
        expect(await service.verify(before.qr)).toMatchObject({ ok: true })

        await service.revokeKey(before.kid)
        expect(await service.verify(before.qr)).toMatchObject({ ok: false, reason: "key_revoked" })
        expect(await service.verify(after.qr)).toMatchObject({ ok: true })
      })

      it("should refuse bad claims with invalid_data naming the claim", async () => {
        const error = await service.issueCredential({ ...ticket, id: "evt_01JD0000000000000000000000" }).catch((e) => e)
        expect(error).toMatchObject({ type: "invalid_data", field: "id" })
        expect(error.message).toContain("id")
      })

      it("should refuse to revoke the active key", async () => {
        const active = await service.ensureSigningKey()
        const error = await service.revokeKey(active.kid).catch((e) => e)
        expect(error.type).toBe("not_allowed")
      })

      it("should answer tampered input with a verdict, not an exception", async () => {
        const issued = await service.issueCredential(ticket)
        const bytes = Buffer.from(issued.credential, "base64url")
        bytes[10] ^= 0xff
        expect(await service.verify(new Uint8Array(bytes))).toMatchObject({ ok: false, reason: "forged" })
        expect(await service.verify("not a credential")).toMatchObject({ ok: false, reason: "malformed" })
      })
    })
  },
})
