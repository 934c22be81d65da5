import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { base64UrlToBytes, bytesToBase64Url } from "@tessera/credentials/codec"
import { adminHeaders } from "../utils/fixtures"
import { type Api, HEALTHY, aCardholder, aMerchant, credentialOf, ledgerState, refused, walletService } from "../utils/wallet-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
    })

    describe("POST /admin/merchants", () => {
      it("should create a merchant with its stand and a login that reaches /merchant", async () => {
        const admin = await adminHeaders(container)
        const created = await http.post(
          "/admin/merchants",
          { name: "Curry Corner", email: "Curry@Tessera.test", password: "curry-secret-1", stands: [{ name: "Main stage" }] },
          admin
        )
        expect(created.data.merchant).toMatchObject({ name: "Curry Corner", email: "curry@tessera.test", stands: [{ name: "Main stage", currency_code: "eur" }] })

        const login = await http.post("/auth/merchant/emailpass", { email: "curry@tessera.test", password: "curry-secret-1" })
        const me = await http.get("/merchant/me", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(me.data.merchant.id).toBe(created.data.merchant.id)

        const wrong = await refused(http.post("/auth/merchant/emailpass", { email: "curry@tessera.test", password: "nope-nope-nope" }))
        expect(wrong.status).toBe(401)
        expect((await refused(http.get("/merchant/me"))).status).toBe(401)

        const session = { headers: { authorization: `Bearer ${login.data.token}` } }
        const wrongCurrent = await refused(http.post("/merchant/me/password", { current_password: "guess-guess-1", new_password: "curry-secret-2" }, session))
        expect(wrongCurrent.data.field).toBe("current_password")
        await http.post("/merchant/me/password", { current_password: "curry-secret-1", new_password: "curry-secret-2" }, session)
        const relogin = await http.post("/auth/merchant/emailpass", { email: "curry@tessera.test", password: "curry-secret-2" })
        expect(relogin.data.token).toEqual(expect.any(String))
      })

      it("should refuse bad input naming the field and leave no merchant behind", async () => {
        const admin = await adminHeaders(container)
        const short = await refused(http.post("/admin/merchants", { name: "X", email: "x@tessera.test", password: "short" }, admin))
        expect(short.status).toBe(400)
        expect(short.data.field).toBe("password")

        await http.post("/admin/merchants", { name: "First", email: "dup@tessera.test", password: "first-secret-1" }, admin)
        const duplicate = await refused(http.post("/admin/merchants", { name: "Second", email: "dup@tessera.test", password: "second-secret-1" }, admin))
        expect(duplicate.status).toBeGreaterThanOrEqual(400)
        expect(duplicate.status).toBeLessThan(500)
        const merchants = await walletService(container).listMerchants({})
        expect(merchants.map((m) => m.name)).toEqual(["First"])
      })
    })

    describe("POST /merchant/charges", () => {
      it("should charge a wallet once per idempotency key and answer a retry the same", async () => {
        const seller = await aMerchant(container)
        const holder = await aCardholder(container, { balance: 2000 })
        const body = {
          idempotency_key: "till-1-0001",
          credential: holder.credential,
          amount: 750,
          currency_code: "eur",
          description: "Bratwurst and a cola",
          items: [
            { name: "Bratwurst", quantity: 1, unit_amount: 450 },
            { name: "Cola", quantity: 1, unit_amount: 300 },
          ],
        }
        const first = await http.post("/merchant/charges", body, seller)
        expect(first.data.charge).toMatchObject({ amount: 750, wallet_balance: 1250, idempotency_key: "till-1-0001", stand_id: seller.stand.id })
        expect(first.headers["idempotent-replayed"]).toBe("false")

        const retries = await Promise.all(Array.from({ length: 5 }, () => http.post("/merchant/charges", body, seller)))
        for (const retry of retries) {
          expect(retry.data).toEqual(first.data)
          expect(retry.headers["idempotent-replayed"]).toBe("true")
        }
        expect(await ledgerState(container, holder.wallet.id)).toMatchObject({ balance: 1250, audit: HEALTHY })

        const listed = await http.get("/merchant/charges", seller)
        expect(listed.data).toMatchObject({ count: 1, charges: [{ id: first.data.charge.id, refund: null }] })
      })

      it("should never overdraw a wallet under 64 concurrent charges", async () => {
        const seller = await aMerchant(container)
        const holder = await aCardholder(container, { balance: 1000 })
        const results = await Promise.all(
          Array.from({ length: 64 }, (_, i) =>
            http
              .post("/merchant/charges", { idempotency_key: `burst-${i}-key`, credential: holder.credential, amount: 70, currency_code: "eur" }, seller)
              .then((r) => r, (e) => e.response)
          )
        )
        const ok = results.filter((r) => r.status === 200)
        const no = results.filter((r) => r.status !== 200)
        expect(ok).toHaveLength(14) // 14 × 70 = 980 ≤ 1000 < 15 × 70
        for (const r of no) expect(r.data).toMatchObject({ type: "not_allowed", field: "amount" })
        expect(await ledgerState(container, holder.wallet.id)).toMatchObject({ balance: 20, audit: HEALTHY })
      })

      it("should refuse bad input with a 4xx naming the field and move nothing", async () => {
        const seller = await aMerchant(container)
        const holder = await aCardholder(container, { balance: 5000 })
        const stranger = await aCardholder(container, { balance: 0 })
        const wallet = walletService(container)
        const valid = { idempotency_key: "bad-input-0001", credential: holder.credential, amount: 100, currency_code: "eur" }

        const tampered = base64UrlToBytes(holder.credential)
        tampered[tampered.length - 1] ^= 1
        const notInDb = await credentialOf(container, { id: "card_01JZZZZZZZZZZZZZZZZZZZZZZZ", version: 1, serial_number: "04a1b2c3d4e5f6" })
        const cases: [string, Record<string, unknown>, string, RegExp?][] = [
          ["negative amount", { amount: -100 }, "amount"],
          ["zero amount", { amount: 0 }, "amount"],
          ["fractional amount", { amount: 1.5 }, "amount"],
          ["absurd amount", { amount: 5_000_000 }, "amount"],
          ["amount as text", { amount: "100" }, "amount"],
          ["items not adding up", { items: [{ name: "Beer", quantity: 2, unit_amount: 40 }] }, "amount"],
          ["wrong currency", { currency_code: "usd" }, "currency_code"],
          ["malformed currency", { currency_code: "EURO" }, "currency_code"],
          ["missing key", { idempotency_key: undefined }, "idempotency_key"],
          ["garbage credential", { credential: "not-a-credential" }, "credential", /malformed/],
          ["forged credential", { credential: bytesToBase64Url(tampered) }, "credential", /forged/],
          ["unknown card", { credential: notInDb }, "credential", /not known/],
          ["empty wallet", { credential: stranger.credential }, "amount", /insufficient/],
          ["more than the balance", { amount: 5001 }, "amount", /insufficient/],
          ["another merchant's stand", { stand_id: "stand_01JZZZZZZZZZZZZZZZZZZZZZZZ" }, "stand_id"],
        ]
        for (const [name, change, field, message] of cases) {
          const response = await refused(http.post("/merchant/charges", { ...valid, ...change }, seller))
          expect({ name, status: response.status >= 400 && response.status < 500, field: response.data.field }).toEqual({ name, status: true, field })
          if (message) expect(response.data.message).toMatch(message)
        }
        expect(await ledgerState(container, holder.wallet.id)).toMatchObject({ balance: 5000, transactions: 1, audit: HEALTHY })

        // blocking bumps the version: the old credential is revoked, a fresh one names the block
        await wallet.changeCardStatus(holder.card.id, ["active"], "blocked")
        const revoked = await refused(http.post("/merchant/charges", valid, seller))
        expect(revoked.data).toMatchObject({ field: "credential", message: expect.stringMatching(/revoked/) })
        const [blocked] = await wallet.listCards({ id: holder.card.id })
        const current = await credentialOf(container, blocked)
        const blockedAnswer = await refused(http.post("/merchant/charges", { ...valid, credential: current }, seller))
        expect(blockedAnswer.data).toMatchObject({ field: "credential", message: expect.stringMatching(/blocked/) })
        expect(await ledgerState(container, holder.wallet.id)).toMatchObject({ balance: 5000, transactions: 1 })
      })

      it("should keep a merchant to its own stands, charges and event", async () => {
        const seller = await aMerchant(container, { event_id: "evt_01JAAAAAAAAAAAAAAAAAAAAAAA" })
        const rival = await aMerchant(container)
        const holder = await aCardholder(container, { balance: 3000, event_id: "evt_01JAAAAAAAAAAAAAAAAAAAAAAA" })
        const elsewhere = await aCardholder(container, { balance: 3000, event_id: "evt_01JBBBBBBBBBBBBBBBBBBBBBBB" })

        const wrongEvent = await refused(
          http.post("/merchant/charges", { idempotency_key: "event-scope-1", credential: elsewhere.credential, amount: 100, currency_code: "eur" }, seller)
        )
        expect(wrongEvent.data).toMatchObject({ field: "credential", message: expect.stringMatching(/another event/) })

        const foreignStand = await refused(
          http.post(
            "/merchant/charges",
            { idempotency_key: "stand-scope-1", credential: holder.credential, amount: 100, currency_code: "eur", stand_id: seller.stand.id },
            rival
          )
        )
        expect(foreignStand.status).toBe(404)
        expect(foreignStand.data.field).toBe("stand_id")

        const { data: { charge } } = await http.post(
          "/merchant/charges",
          { idempotency_key: "same-key-0001", credential: holder.credential, amount: 100, currency_code: "eur" },
          seller
        )
        // the same key from another merchant is that merchant's own key: a separate charge
        const rivals = await http.post(
          "/merchant/charges",
          { idempotency_key: "same-key-0001", credential: holder.credential, amount: 100, currency_code: "eur" },
          rival
        )
        expect(rivals.data.charge.id).not.toBe(charge.id)

        expect((await refused(http.post(`/merchant/charges/${charge.id}/refund`, {}, rival))).status).toBe(404)
        expect((await http.get("/merchant/charges", rival)).data.charges.map((c: { id: string }) => c.id)).toEqual([rivals.data.charge.id])
        expect(await ledgerState(container, holder.wallet.id)).toMatchObject({ balance: 2800, audit: HEALTHY })

        // card inventory: the stand's event's cards in stock (and unbound ones), never another event's
        const wallet = walletService(container)
        await wallet.importCards([
          { serial_number: "04aa000000000a", kind: "wristband", event_id: "evt_01JAAAAAAAAAAAAAAAAAAAAAAA" },
          { serial_number: "04bb000000000b", kind: "wristband", event_id: "evt_01JBBBBBBBBBBBBBBBBBBBBBBB" },
        ])
        const inventory = await http.get("/merchant/cards", seller)
        expect(inventory.data.cards.map((c: { serial_number: string }) => c.serial_number)).toEqual(["04aa000000000a"])
      })
    })

    describe("POST /merchant/charges/batch", () => {
      it("should apply offline debits in device-time order, once, flagging overdrafts and refusing forgeries", async () => {
        const seller = await aMerchant(container)
        const admin = await adminHeaders(container)
        const holder = await aCardholder(container, { balance: 1000 })
        const forged = base64UrlToBytes(holder.credential)
        forged[10] ^= 1
        const debit = (key: string, minute: number, amount: number, credential = holder.credential) => ({
          idempotency_key: key,
          credential,
          amount,
          currency_code: "eur",
          device_time: `2027-06-01T19:${String(minute).padStart(2, "0")}:00Z`,
        })
        // sent out of order: applied 19:01, 19:02, 19:03 (overdraws), 19:04 (over the 20.00 cap too)
        const batch = {
          charges: [
            debit("offline-0003", 3, 600),
            debit("offline-0001", 1, 300),
            debit("offline-0004", 4, 2500),
            debit("offline-9999", 5, 100, bytesToBase64Url(forged)),
            debit("offline-0002", 2, 200),
          ],
        }
        const first = await http.post("/merchant/charges/batch", batch, seller)
        const byKey = Object.fromEntries(first.data.results.map((r: { idempotency_key: string }) => [r.idempotency_key, r]))
        expect(first.data.results.map((r: { idempotency_key: string }) => r.idempotency_key)).toEqual([
          "offline-0001",
          "offline-0002",
          "offline-0003",
          "offline-0004",
          "offline-9999",
        ])
        expect(byKey["offline-0001"]).toMatchObject({ status: "applied", charge: { wallet_balance: 700, flagged: false, offline: true } })
        expect(byKey["offline-0002"]).toMatchObject({ status: "applied", charge: { wallet_balance: 500 } })
        expect(byKey["offline-0003"]).toMatchObject({ status: "applied", flags: ["overdrawn"], charge: { wallet_balance: -100, flagged: true } })
        expect(byKey["offline-0004"]).toMatchObject({ status: "applied", flags: ["overdrawn", "over_cap"], charge: { wallet_balance: -2600 } })
        expect(byKey["offline-9999"]).toMatchObject({ status: "rejected", reason: "forged", charge: null })

        const again = await http.post("/merchant/charges/batch", batch, seller)
        expect(again.data.results.map((r: { status: string }) => r.status)).toEqual(["duplicate", "duplicate", "duplicate", "duplicate", "rejected"])
        expect(await ledgerState(container, holder.wallet.id)).toMatchObject({ balance: -2600, transactions: 5, audit: HEALTHY })

        const flagged = await http.get("/admin/ledger/transactions?flagged=true", admin)
        expect(flagged.data.transactions.map((t: { idempotency_key: string }) => t.idempotency_key).sort()).toEqual([
          `charge:${seller.merchant.id}:offline-0003`,
          `charge:${seller.merchant.id}:offline-0004`,
        ])
        // online, an overdrawn wallet pays nothing more
        const online = await refused(http.post("/merchant/charges", { ...debit("online-after", 6, 100), device_time: undefined }, seller))
        expect(online.data.field).toBe("amount")
      })

      it("should give a stand the snapshot it charges offline with: keys, card versions and statuses, caps", async () => {
        const seller = await aMerchant(container)
        const holder = await aCardholder(container, { balance: 100 })
        const { data: full } = await http.get("/merchant/snapshot", seller)
        expect(full.snapshot.keys).toEqual([expect.objectContaining({ status: "active", public_key: expect.any(String) })])
        expect(full.snapshot.cards).toContainEqual(expect.objectContaining({ id: holder.card.id, status: "active", version: 2, offline_cap: 2000 }))

        await walletService(container).changeCardStatus(holder.card.id, ["active"], "blocked")
        const { data: delta } = await http.get(`/merchant/snapshot?since=${encodeURIComponent(full.snapshot.cursor)}`, seller)
        expect(delta.snapshot.cards).toEqual([expect.objectContaining({ id: holder.card.id, status: "blocked", version: 3 })])
        const bad = await refused(http.get("/merchant/snapshot?since=yesterday", seller))
        expect(bad.data.field).toBe("since")
      })
    })

    describe("POST /merchant/charges/:id/refund", () => {
      it("should refund a charge to the wallet once, however often it is asked", async () => {
        const seller = await aMerchant(container)
        const holder = await aCardholder(container, { balance: 1000 })
        const { data: { charge } } = await http.post(
          "/merchant/charges",
          { idempotency_key: "to-refund-01", credential: holder.credential, amount: 400, currency_code: "eur" },
          seller
        )
        const refunds = await Promise.all(Array.from({ length: 6 }, () => http.post(`/merchant/charges/${charge.id}/refund`, {}, seller)))
        expect(new Set(refunds.map((r) => r.data.refund.id)).size).toBe(1)
        expect(refunds[0].data.refund).toMatchObject({ kind: "charge_refund", amount: 400, reverses_id: charge.id })
        expect(await ledgerState(container, holder.wallet.id)).toMatchObject({ balance: 1000, transactions: 3, audit: HEALTHY })

        const listed = await http.get("/merchant/charges", seller)
        expect(listed.data.charges[0].refund.id).toBe(refunds[0].data.refund.id)
        const dashboard = await http.get("/merchant/dashboard", seller)
        expect(dashboard.data.dashboard.stats).toEqual([
          expect.objectContaining({ currency_code: "eur", charges: expect.objectContaining({ count: 1, total: 400 }), net: 0 }),
        ])
      })
    })
  },
})
