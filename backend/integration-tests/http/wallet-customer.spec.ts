import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemo } from "../../src/seed"
import { DEMO_CUSTOMER } from "../../src/seed/demo-logins"
import { DEMO_MERCHANT } from "../../src/seed/seed-wallet"
import { eventually } from "../utils/eventually"
import { adminHeaders } from "../utils/fixtures"
import { type Api, HEALTHY, aCardholder, aCustomer, aMerchant, ledgerState, randomSerial, refused, topUpStore, walletService } from "../utils/wallet-fixtures"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
    })

    describe("POST /store/customers/me/wallet/top-ups", () => {
      it("should credit the wallet once when the top-up order is placed through the normal checkout", async () => {
        const store = await topUpStore(container)
        const buyer = await aCustomer(container, store.headers)
        const auth: Headers = { headers: buyer.headers }
        const { data: { cart } } = await http.post("/store/carts", { region_id: store.region.id, sales_channel_id: store.salesChannel.id }, auth)

        const added = await http.post("/store/customers/me/wallet/top-ups", { cart_id: cart.id, amount: 2550 }, auth)
        expect(added.data.cart.items).toEqual([expect.objectContaining({ unit_price: 25.5, quantity: 1, metadata: { wallet_top_up: true } })])
        expect(added.data.cart.total).toBe(25.5)

        await http.post(`/store/carts/${cart.id}`, { email: buyer.customer.email }, auth)
        const { data: { payment_collection } } = await http.post("/store/payment-collections", { cart_id: cart.id }, auth)
        await http.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, auth)
        const completed = await http.post(`/store/carts/${cart.id}/complete`, {}, auth)
        expect(completed.data.type).toBe("order")

        const wallet = await eventually(
          () => http.get("/store/customers/me/wallet", auth).then((r) => r.data.wallet),
          (w) => w.balance === 2550
        )
        expect(wallet).toMatchObject({ balance: 2550, currency_code: "eur", limits: { min_top_up: 500, max_top_up: 25000, max_balance: 50000 } })

        const reload = await http.post("/store/customers/me/wallet", { auto_reload_threshold: 1000, auto_reload_amount: 2000 }, auth)
        expect(reload.data.wallet).toMatchObject({ id: wallet.id, balance: 2550, auto_reload: { threshold: 1000, amount: 2000 } })
        for (const [body, field] of [
          [{ auto_reload_threshold: 1000, auto_reload_amount: 100 }, "auto_reload_amount"],
          [{ auto_reload_threshold: 49_000, auto_reload_amount: 2000 }, "auto_reload_threshold"],
          [{ auto_reload_threshold: 1000, auto_reload_amount: null }, "auto_reload_amount"],
        ] as const) {
          expect((await refused(http.post("/store/customers/me/wallet", body, auth))).data.field).toBe(field)
        }

        // a redelivered order.placed (or a manual re-run) credits nothing more
        const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
        await engine.run("credit-wallet-top-ups", { input: { order_id: completed.data.order.id }, throwOnError: true })
        const statement = await http.get("/store/customers/me/wallet/transactions", auth)
        expect(statement.data).toMatchObject({ count: 1, transactions: [{ kind: "top_up", amount: 2550, balance_after: 2550 }] })
        expect(await ledgerState(container, wallet.id)).toMatchObject({ balance: 2550, audit: HEALTHY })
      })

      it("should refuse amounts outside the limits, another customer's cart, and a balance above the maximum", async () => {
        const store = await topUpStore(container)
        const buyer = await aCustomer(container, store.headers)
        const other = await aCustomer(container, store.headers)
        const auth: Headers = { headers: buyer.headers }
        const { data: { cart } } = await http.post("/store/carts", { region_id: store.region.id, sales_channel_id: store.salesChannel.id }, auth)

        for (const amount of [-500, 0, 499, 25_001, 12.5]) {
          const response = await refused(http.post("/store/customers/me/wallet/top-ups", { cart_id: cart.id, amount }, auth))
          expect({ amount, status: response.status, field: response.data.field }).toEqual({ amount, status: 400, field: "amount" })
        }
        const foreign = await refused(http.post("/store/customers/me/wallet/top-ups", { cart_id: cart.id, amount: 1000 }, { headers: other.headers }))
        expect({ status: foreign.status, field: foreign.data.field }).toEqual({ status: 404, field: "cart_id" })

        await http.post("/store/customers/me/wallet/top-ups", { cart_id: cart.id, amount: 25_000 }, auth)
        await http.post("/store/customers/me/wallet/top-ups", { cart_id: cart.id, amount: 25_000 }, auth)
        const over = await refused(http.post("/store/customers/me/wallet/top-ups", { cart_id: cart.id, amount: 500 }, auth))
        expect(over.data).toMatchObject({ field: "amount", message: expect.stringMatching(/at most 50000/) })
        // Medusa merges equal custom-priced lines into one line of quantity 2
        const { data: { cart: after } } = await http.get(`/store/carts/${cart.id}`, auth)
        expect(after.items).toEqual([expect.objectContaining({ unit_price: 250, quantity: 2 })])
      })
    })

    describe("GET /store/customers/me/cards", () => {
      it("should show a customer only their own cards and wallet, each payable card with its credential", async () => {
        const store = await topUpStore(container)
        const holder = await aCardholder(container, { balance: 1500 })
        const { headers } = await aCustomer(container, store.headers)
        const wallet = walletService(container)
        const stranger = { headers }

        // the cardholder's own session
        const mine = await aCustomer(container, store.headers)
        await wallet.assignCard((await importOne(container)).id, mine.customer.id)
        const { data } = await http.get("/store/customers/me/cards", { headers: mine.headers })
        expect(data.count).toBe(1)
        // a card bound to no event: 117 bytes on the tag (133 with an event), well inside an NTAG213's 144
        expect(data.cards[0]).toMatchObject({
          status: "active",
          credential: { qr: expect.stringMatching(/^TS1:/), ndef: { record_type: "tessera.app:cred", data: expect.any(String), tag_bytes: 117 } },
        })

        expect((await http.get("/store/customers/me/cards", stranger)).data).toEqual({ cards: [], count: 0 })
        const balance = await http.get("/store/customers/me/wallet", stranger)
        expect(balance.data.wallet).toMatchObject({ id: null, balance: 0 })
        expect((await refused(http.post(`/store/customers/me/cards/${holder.card.id}/block`, {}, stranger))).status).toBe(404)
        expect((await wallet.listCards({ id: holder.card.id }))[0].status).toBe("active")
      })

      it("should block, report lost and replace cards: old credentials revoked, the balance stays with the holder", async () => {
        const store = await topUpStore(container)
        const seller = await aMerchant(container)
        const admin = await adminHeaders(container)
        const wallet = walletService(container)
        const buyer = await aCustomer(container, store.headers)
        const card = await importOne(container)
        await wallet.assignCard(card.id, buyer.customer.id)
        const holderWallet = await wallet.ensureWallet(buyer.customer.id, "eur")
        const float = await wallet.ensureAccount("float", null, "eur")
        await wallet.postTransaction({
          idempotency_key: `seed-${holderWallet.id}`,
          kind: "top_up",
          currency_code: "eur",
          amount: 3000,
          wallet_id: holderWallet.id,
          postings: [
            { account_id: holderWallet.account_id, amount: 3000 },
            { account_id: float.id, amount: -3000 },
          ],
        })
        const auth: Headers = { headers: buyer.headers }
        const credentialNow = async () => (await http.get("/store/customers/me/cards", auth)).data.cards.find((c: { id: string }) => c.id === card.id)?.credential?.credential
        const charge = (credential: string, key: string) =>
          http.post("/merchant/charges", { idempotency_key: key, credential, amount: 500, currency_code: "eur" }, seller)

        const before = await credentialNow()
        await charge(before, "before-block")
        const blocked = await http.post(`/store/customers/me/cards/${card.id}/block`, {}, auth)
        expect(blocked.data.card.status).toBe("blocked")
        expect((await refused(charge(before, "after-block"))).data.message).toMatch(/revoked/)
        const lost = await http.post(`/store/customers/me/cards/${card.id}/lost`, {}, auth)
        expect(lost.data.card.status).toBe("lost")
        expect((await refused(http.post(`/store/customers/me/cards/${card.id}/block`, {}, auth))).data.field).toBe("status")

        const spare = randomSerial()
        await http.post("/admin/cards/import", { csv: `serial_number\n${spare}` }, admin)
        const replaced = await http.post(`/admin/cards/${card.id}/replace`, { serial_number: spare.replace(/(..)(?!$)/g, "$1:") }, admin)
        expect(replaced.data.card).toMatchObject({ status: "active" })
        const { data } = await http.get("/store/customers/me/cards", auth)
        expect(data.cards.map((c: { status: string }) => c.status).sort()).toEqual(["active", "replaced"])
        const fresh = data.cards.find((c: { status: string }) => c.status === "active")
        expect(fresh.serial_number).toBe(spare)
        const paid = await charge(fresh.credential.credential, "after-replace")
        expect(paid.data.charge.wallet_balance).toBe(2000) // 3000 − 500 before the block − 500 now: the balance followed
        expect(await ledgerState(container, holderWallet.id)).toMatchObject({ balance: 2000, audit: HEALTHY })
      })
    })

    describe("POST /admin/cards/import", () => {
      it("should import serial numbers from a CSV once, and refuse a file with a bad line whole", async () => {
        const admin = await adminHeaders(container)
        const serials = [randomSerial(), randomSerial(), randomSerial()]
        const csv = `serial_number,batch\n${serials[0]},a\n"${serials[1].toUpperCase()}",a\n\n${serials[2]},b\n${serials[0]},dup\n`
        const first = await http.post("/admin/cards/import", { csv, event_id: null }, admin)
        expect(first.data.import).toEqual({ created: 3, skipped: 0, total: 3 })
        const again = await http.post("/admin/cards/import", { csv }, admin)
        expect(again.data.import).toEqual({ created: 0, skipped: 3, total: 3 })

        const bad = await refused(http.post("/admin/cards/import", { csv: `${randomSerial()}\nnot-hex\n` }, admin))
        expect(bad.data).toMatchObject({ field: "csv", message: expect.stringMatching(/line 2/) })
        const listed = await http.get("/admin/cards?status=in_stock", admin)
        expect(listed.data.count).toBe(3)
      })
    })

    describe("admin wallet and ledger views", () => {
      it("should list wallets with balances, a wallet's history and the ledger audit", async () => {
        const admin = await adminHeaders(container)
        const holder = await aCardholder(container, { balance: 1200 })
        const wallets = await http.get("/admin/wallets", admin)
        expect(wallets.data.wallets).toEqual([expect.objectContaining({ id: holder.wallet.id, balance: 1200 })])
        const history = await http.get(`/admin/wallets/${holder.wallet.id}/transactions`, admin)
        expect(history.data).toMatchObject({ count: 1, transactions: [{ kind: "top_up", amount: 1200 }] })
        const ledger = await http.get("/admin/ledger/transactions", admin)
        expect(ledger.data.transactions[0].postings).toHaveLength(2)
        expect((await http.get("/admin/ledger/audit", admin)).data.audit).toEqual({ ...HEALTHY, healthy: true })

        const credit = { customer_id: holder.customer.id, amount: 300, idempotency_key: "goodwill-0001" }
        const credits = await Promise.all([1, 2, 3].map(() => http.post("/admin/wallets/adjustments", credit, admin)))
        expect(new Set(credits.map((c) => c.data.transaction.id)).size).toBe(1)
        const tooMuch = await refused(http.post("/admin/wallets/adjustments", { ...credit, amount: 49_000, idempotency_key: "goodwill-0002" }, admin))
        expect(tooMuch.data).toMatchObject({ field: "amount", message: expect.stringMatching(/maximum/) })
        expect(await ledgerState(container, holder.wallet.id)).toMatchObject({ balance: 1500, audit: HEALTHY })
        const card = await http.get(`/admin/cards/${holder.card.id}`, admin)
        expect(card.data.card.credential.credential).toBe(holder.credential)
      })
    })

    describe("seedWallet", () => {
      it("should seed a merchant who can charge the demo customer's wristband, 50 wristbands in stock, idempotently", async () => {
        const first = await seedDemo(container)
        await seedDemo(container)
        expect(first.logins).toContainEqual({ actor: "merchant", ...DEMO_MERCHANT, login_url: "/merchant" })
        const wallet = walletService(container)
        expect(await wallet.listCards({ status: "in_stock" })).toHaveLength(50)
        const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: DEMO_CUSTOMER.email })
        const [card, ...others] = await wallet.listCards({ customer_id: customer.id })
        expect(others).toEqual([])
        const [customerWallet] = await wallet.listWallets({ customer_id: customer.id })
        expect(await wallet.walletBalance(customerWallet.id)).toBe(5000)

        const login = await http.post("/auth/merchant/emailpass", DEMO_MERCHANT)
        const merchant = { headers: { authorization: `Bearer ${login.data.token}` } }
        const me = await http.get("/merchant/me", merchant)
        expect(me.data.merchant.stands).toEqual([expect.objectContaining({ event_id: card.event_id })])
        const customerLogin = await http.post("/auth/customer/emailpass", DEMO_CUSTOMER)
        const cards = await http.get("/store/customers/me/cards", {
          headers: { "x-publishable-api-key": first.publishable_key, authorization: `Bearer ${customerLogin.data.token}` },
        })
        const charged = await http.post(
          "/merchant/charges",
          { idempotency_key: "demo-charge-1", credential: cards.data.cards[0].credential.credential, amount: 450, currency_code: "eur" },
          merchant
        )
        expect(charged.data.charge.wallet_balance).toBe(4550)
      })
    })
  },
})

/** One card in stock with a fresh serial number. */
async function importOne(container: MedusaContainer) {
  const wallet = walletService(container)
  const serial = randomSerial()
  await wallet.importCards([{ serial_number: serial, kind: "wristband" }])
  const [card] = await wallet.listCards({ serial_number: serial })
  return card
}
