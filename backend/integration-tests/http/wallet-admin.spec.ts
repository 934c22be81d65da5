import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../utils/fixtures"
import { type Api, aCardholder, refused, walletService } from "../utils/wallet-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
    })

    describe("GET /admin/wallets/:id", () => {
      it("should answer a wallet with its balance, currency and holder, and 404 naming the id for an unknown one", async () => {
        const admin = await adminHeaders(container)
        const holder = await aCardholder(container, { balance: 4_250 })
        await container.resolve(Modules.CUSTOMER).updateCustomers(holder.customer.id, { last_name: "Lovelace" })

        const { data } = await http.get(`/admin/wallets/${holder.wallet.id}`, admin)
        expect(data.wallet).toMatchObject({
          id: holder.wallet.id,
          customer_id: holder.customer.id,
          currency_code: "eur",
          balance: 4_250,
          max_balance: expect.any(Number),
          customer: { id: holder.customer.id, email: holder.customer.email, first_name: "Ada", last_name: "Lovelace" },
        })

        const missing = await refused(http.get("/admin/wallets/wal_nope", admin))
        expect(missing.status).toBe(404)
        expect(missing.data).toMatchObject({ type: "not_found", field: "id" })

        // the static routes beside :id still answer as themselves
        expect((await http.get(`/admin/wallets/reloads?wallet_id=${holder.wallet.id}`, admin)).data).toMatchObject({ reloads: [], count: 0 })
      })
    })

    describe("GET /admin/wallets", () => {
      it("should find wallets by the holder's email or name and by a card's serial number, with holder and balance", async () => {
        const admin = await adminHeaders(container)
        const [ada, bob] = await Promise.all([aCardholder(container, { balance: 1_000 }), aCardholder(container, { balance: 2_000 })])
        const customers = container.resolve(Modules.CUSTOMER)
        await customers.updateCustomers(bob.customer.id, { first_name: "Bartholomew", last_name: "Quill" })
        const ids = (response: { data: { wallets: { id: string }[] } }) => response.data.wallets.map((w) => w.id)

        const byEmail = await http.get(`/admin/wallets?q=${encodeURIComponent(ada.customer.email.toUpperCase())}`, admin)
        expect(ids(byEmail)).toEqual([ada.wallet.id])
        expect(byEmail.data).toMatchObject({ count: 1, wallets: [{ balance: 1_000, customer: { email: ada.customer.email, first_name: "Ada" } }] })

        expect(ids(await http.get("/admin/wallets?q=quill", admin))).toEqual([bob.wallet.id])

        const serial = bob.card.serial_number
        expect(ids(await http.get(`/admin/wallets?q=${serial}`, admin))).toEqual([bob.wallet.id])
        // as printed on a wristband: upper case, colon-separated, and only a part of it
        const printed = serial.toUpperCase().match(/../g)!.join(":")
        expect(ids(await http.get(`/admin/wallets?q=${encodeURIComponent(printed.slice(3, 14))}`, admin))).toEqual([bob.wallet.id])

        expect((await http.get("/admin/wallets?q=nobody-like-this", admin)).data).toMatchObject({ wallets: [], count: 0 })
        // the search narrows the customer filter, never widens it
        expect((await http.get(`/admin/wallets?q=quill&customer_id=${ada.customer.id}`, admin)).data.count).toBe(0)

        const all = await http.get("/admin/wallets?limit=10", admin)
        expect(all.data.count).toBe(2)
        expect(all.data.wallets.map((w: { customer: { id: string } }) => w.customer.id).sort()).toEqual([ada.customer.id, bob.customer.id].sort())
        expect((await walletService(container).listWallets({})).length).toBe(2)
      })

      it("should take an empty search as none and refuse an overlong one naming q", async () => {
        const admin = await adminHeaders(container)
        const holder = await aCardholder(container, { balance: 0 })
        expect((await http.get("/admin/wallets?q=%20", admin)).data).toMatchObject({ count: 1, wallets: [{ id: holder.wallet.id, balance: 0 }] })
        const bad = await refused(http.get(`/admin/wallets?q=${"x".repeat(201)}`, admin))
        expect(bad.status).toBe(400)
        expect(bad.data).toMatchObject({ type: "invalid_data", field: "q" })
      })
    })
  },
})
