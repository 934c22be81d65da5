import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, generateEntityId } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../utils/fixtures"
import { type Api, aMerchant, randomSerial, refused, walletService } from "../utils/wallet-fixtures"
import { otpInbox, sql } from "../utils/wallet-otp-fixtures"

type Headers = { headers: Record<string, string> }
const MERCHANT_MOBILE = "+4915112345678"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer
    let inbox: ReturnType<typeof otpInbox>

    beforeEach(() => {
      container = getContainer()
      inbox ??= otpInbox(container)
    })

    /** A customer with a mobile number, a merchant at an event, and cards in stock for that event and for another. */
    async function counter() {
      const suffix = String(Math.floor(Math.random() * 1e7)).padStart(7, "0")
      const mobile = `+49170${suffix}`
      const customer = await container
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: `fan-${suffix}@tessera.test`, first_name: "Ada", last_name: "Lovelace", phone: mobile, has_account: true })
      const here = generateEntityId(undefined, "evt")
      const merchant = await aMerchant(container, { event_id: here })
      const wallet = walletService(container)
      const serials = { here: randomSerial(), spare: randomSerial(), elsewhere: randomSerial() }
      await wallet.importCards([
        { serial_number: serials.here, kind: "wristband", event_id: here },
        { serial_number: serials.spare, kind: "wristband", event_id: here },
        { serial_number: serials.elsewhere, kind: "wristband", event_id: generateEntityId(undefined, "evt") },
      ])
      const card = async (serial: string) => (await wallet.listCards({ serial_number: serial }))[0]
      return { mobile, customer, merchant, here, serials, card, auth: { headers: merchant.headers } as Headers }
    }

    describe("POST /auth/merchant/otp", () => {
      it("should log a merchant in with the code sent to its mobile number, once, and keep only a hash", async () => {
        const admin = await adminHeaders(container)
        const created = await http.post(
          "/admin/merchants",
          { name: "Soup Stand", email: "soup@tessera.test", password: "soup-secret-1", phone: "+49 151 1234-5678", stands: [{ name: "Soup" }] },
          admin
        )
        expect(created.data.merchant.phone).toBe(MERCHANT_MOBILE)

        const sent = await http.post("/auth/merchant/otp", { mobile: "0049 151 12345678" })
        expect(sent.data).toEqual({ location: "otp:sent" })
        const code = await inbox.latest(MERCHANT_MOBILE)
        const [stored] = await sql<{ code_hash: string; purpose: string }>(container, "select code_hash, purpose from otp_challenge where phone = ?", [MERCHANT_MOBILE])
        expect(stored.purpose).toBe("login:merchant")
        expect(stored.code_hash).not.toContain(code)

        const wrong = await refused(http.post("/auth/merchant/otp", { mobile: MERCHANT_MOBILE, code: code === "000000" ? "111111" : "000000" }))
        expect(wrong.status).toBe(401)
        expect(wrong.data.message).toContain("4 attempts left")

        const login = await http.post("/auth/merchant/otp", { mobile: MERCHANT_MOBILE, code })
        const me = await http.get("/merchant/me", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(me.data.merchant.id).toBe(created.data.merchant.id)
        expect((await refused(http.post("/auth/merchant/otp", { mobile: MERCHANT_MOBILE, code }))).status).toBe(401)

        // a second code within 30 s is refused; a number with no login gets the same answer as one with, and nothing is sent
        expect((await refused(http.post("/auth/merchant/otp", { mobile: MERCHANT_MOBILE }))).data.message).toMatch(/too many codes/)
        expect((await http.post("/auth/merchant/otp", { mobile: "+4915199999999" })).data).toEqual({ location: "otp:sent" })
        expect(await sql(container, "select id from otp_challenge where phone = '+4915199999999'")).toEqual([])

        // the number is one login: a second merchant with it is refused on `phone`, and nothing of it stays
        const taken = await refused(
          http.post("/admin/merchants", { name: "Copy", email: "copy@tessera.test", password: "copy-secret-1", phone: MERCHANT_MOBILE }, admin)
        )
        expect(taken.data.field).toBe("phone")
        expect(await walletService(container).listMerchants({ email: "copy@tessera.test" })).toEqual([])
        expect(await container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: "copy@tessera.test" })).toEqual([])
        const bad = await refused(http.post("/admin/merchants", { name: "Bad", email: "bad@tessera.test", password: "bad-secret-12", phone: "call me" }, admin))
        expect(bad.data.field).toBe("phone")
      })
    })

    describe("POST /merchant/cards/assign", () => {
      it("should verify the customer by number and assign a card only with the code the customer received", async () => {
        const { mobile, customer, merchant, here, serials, card, auth } = await counter()

        expect((await refused(http.post("/merchant/customers/lookup", { mobile: "+4917099999990" }, auth))).data).toMatchObject({ field: "mobile" })
        expect((await refused(http.post("/merchant/customers/lookup", { mobile: "12" }, auth))).data).toMatchObject({ field: "mobile" })
        const found = await http.post("/merchant/customers/lookup", { mobile }, auth)
        expect(found.data.customer).toEqual({ id: customer.id, first_name: "Ada", last_initial: "L.", mobile: expect.stringMatching(/^\+49•+\d{3}$/), cards: 0 })

        // no code sent yet: refused on `code`, the card stays in stock
        const early = await refused(http.post("/merchant/cards/assign", { serial_number: serials.here, mobile, code: "123456" }, auth))
        expect(early.data).toMatchObject({ field: "code", message: expect.stringMatching(/no code/) })

        const sent = await http.post("/merchant/customers/otp", { mobile }, auth)
        expect(sent.data.otp.expires_at).toEqual(expect.any(String))
        const code = await inbox.latest(mobile)
        const wrongCode = code === "999999" ? "999998" : "999999"

        const wrong = await refused(http.post("/merchant/cards/assign", { serial_number: serials.here, mobile, code: wrongCode }, auth))
        expect(wrong.data).toMatchObject({ field: "code", message: expect.stringContaining("4 attempts left") })
        // a card of another event is unknown here, and costs no code
        const elsewhere = await refused(http.post("/merchant/cards/assign", { serial_number: serials.elsewhere, mobile, code }, auth))
        expect(elsewhere.status).toBe(404)
        expect(elsewhere.data.field).toBe("serial_number")
        // the code belongs to this merchant's request: another merchant cannot use it
        const other = await aMerchant(container, { event_id: here })
        expect((await refused(http.post("/merchant/cards/assign", { serial_number: serials.here, mobile, code }, { headers: other.headers }))).data.field).toBe("code")
        expect(await card(serials.here)).toMatchObject({ status: "in_stock", customer_id: null })

        const assigned = await http.post("/merchant/cards/assign", { serial_number: serials.here.toUpperCase(), mobile: mobile.replace("+49", "0049 "), code }, auth)
        expect(assigned.data.card).toMatchObject({ serial_number: serials.here, status: "active", customer_id: customer.id, credential: { ndef: expect.any(Object) } })
        expect((await http.post("/merchant/customers/lookup", { mobile }, auth)).data.customer.cards).toBe(1)

        // the code is spent: a second card needs a new one
        const again = await refused(http.post("/merchant/cards/assign", { serial_number: serials.spare, mobile, code }, auth))
        expect(again.data.field).toBe("code")
        expect(await card(serials.spare)).toMatchObject({ status: "in_stock", customer_id: null })
        expect(merchant.merchant.id).toEqual(expect.any(String))
      })

      it("should refuse expired codes, stop after five attempts even in parallel, and rate-limit sends per number", async () => {
        const { mobile, serials, card, auth } = await counter()

        await http.post("/merchant/customers/otp", { mobile }, auth)
        const first = await inbox.latest(mobile)
        await sql(container, "update otp_challenge set expires_at = now() - interval '1 second' where phone = ?", [mobile])
        const expired = await refused(http.post("/merchant/cards/assign", { serial_number: serials.here, mobile, code: first }, auth))
        expect(expired.data).toMatchObject({ field: "code", message: expect.stringMatching(/expired/) })

        // within 30 s of the last code: 429 with Retry-After, naming `mobile`
        const tooSoon = await refused(http.post("/merchant/customers/otp", { mobile }, auth))
        expect(tooSoon.status).toBe(429)
        expect(tooSoon.data.field).toBe("mobile")
        expect(Number(tooSoon.headers["retry-after"])).toBeGreaterThan(0)

        await sql(container, "update otp_challenge set created_at = created_at - interval '31 seconds' where phone = ?", [mobile])
        await http.post("/merchant/customers/otp", { mobile }, auth)
        const code = await inbox.latest(mobile, 1)
        const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"))
        const answers = await Promise.all(
          guesses.map((guess) => refused(http.post("/merchant/cards/assign", { serial_number: serials.here, mobile, code: guess }, auth)))
        )
        expect(answers.every((a) => a.status === 400 && a.data.field === "code")).toBe(true)
        const [{ attempts }] = await sql<{ attempts: number }>(container, "select attempts from otp_challenge where phone = ? order by created_at desc limit 1", [mobile])
        expect(attempts).toBe(5)
        const late = await refused(http.post("/merchant/cards/assign", { serial_number: serials.here, mobile, code }, auth))
        expect(late.data.message).toMatch(/too many/)
        expect(await card(serials.here)).toMatchObject({ status: "in_stock", customer_id: null })

        // parallel sends to one number: one code goes out, the others wait
        await sql(container, "update otp_challenge set created_at = created_at - interval '31 seconds' where phone = ?", [mobile])
        const burst = await Promise.all(Array.from({ length: 6 }, () => http.post("/merchant/customers/otp", { mobile }, auth).catch((e) => e.response)))
        expect(burst.filter((r) => r.status === 200)).toHaveLength(1)
        expect(burst.filter((r) => r.status === 429)).toHaveLength(5)

        // five codes an hour at most, however spaced
        for (let sent = 3; sent < 5; sent++) {
          await sql(container, "update otp_challenge set created_at = created_at - interval '31 seconds' where phone = ?", [mobile])
          expect((await http.post("/merchant/customers/otp", { mobile }, auth)).status).toBe(200)
        }
        await sql(container, "update otp_challenge set created_at = created_at - interval '31 seconds' where phone = ?", [mobile])
        const hourly = await refused(http.post("/merchant/customers/otp", { mobile }, auth))
        expect(hourly.status).toBe(429)
        expect(await sql(container, "select id from otp_challenge where phone = ?", [mobile])).toHaveLength(5)
      })

      it("should hand one code to one card when two assignments race", async () => {
        const { mobile, customer, serials, card, auth } = await counter()
        await http.post("/merchant/customers/otp", { mobile }, auth)
        const code = await inbox.latest(mobile)
        const [a, b] = await Promise.all(
          [serials.here, serials.spare].map((serial) =>
            http.post("/merchant/cards/assign", { serial_number: serial, mobile, code }, auth).catch((e) => e.response)
          )
        )
        expect([a.status, b.status].sort()).toEqual([200, 400])
        const cards = await walletService(container).listCards({ customer_id: customer.id })
        expect(cards).toHaveLength(1)
        expect([await card(serials.here), await card(serials.spare)].filter((c) => c.status === "in_stock")).toHaveLength(1)
      })
    })
  },
})
