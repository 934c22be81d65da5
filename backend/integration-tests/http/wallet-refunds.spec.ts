import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, generateEntityId } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually } from "../utils/eventually"
import { adminHeaders } from "../utils/fixtures"
import { type Api, HEALTHY, aCustomer, aMerchant, credentialOf, randomSerial, topUpStore, walletService } from "../utils/wallet-fixtures"
import { checkoutTopUp } from "../utils/wallet-otp-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
    })

    /** A customer whose wallet was filled through the checkout, one order per amount, holding a card of `event_id`. */
    async function fan(store: Awaited<ReturnType<typeof topUpStore>>, event_id: string, amounts: number[]) {
      const buyer = await aCustomer(container, store.headers)
      const wallet = walletService(container)
      const serial = randomSerial()
      await wallet.importCards([{ serial_number: serial, kind: "wristband", event_id }])
      const [card] = await wallet.listCards({ serial_number: serial })
      await wallet.assignCard(card.id, buyer.customer.id)
      const orders: string[] = []
      let total = 0
      for (const amount of amounts) {
        orders.push(await checkoutTopUp(http, store, buyer, amount))
        total += amount
        await eventually(() => wallet.walletOf(buyer.customer.id, "eur").then((w) => (w ? wallet.walletBalance(w.id) : 0)), (b) => b === total)
      }
      const holder = await wallet.walletOf(buyer.customer.id, "eur")
      const [active] = await wallet.listCards({ id: card.id })
      return { buyer, orders, wallet_id: holder.id, credential: await credentialOf(container, active) }
    }

    /** The payment of an order with its captures and refunds, in minor units. */
    async function paymentOfOrder(orderId: string) {
      const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["payment_collections.payments.id"],
        filters: { id: orderId },
      })
      const payment = await container
        .resolve(Modules.PAYMENT)
        .retrievePayment(order.payment_collections![0]!.payments![0]!.id, { relations: ["captures", "refunds"] })
      const minor = (list?: { amount: unknown }[]) => (list ?? []).map((x) => Math.round(Number(x.amount) * 100))
      return { captured: minor(payment.captures), refunded: minor(payment.refunds) }
    }

    it("should refund a customer's balance to the newest top-up payments first, capturing first, and nothing more on a retry", async () => {
      const store = await topUpStore(container)
      const { orders, wallet_id, credential } = await fan(store, generateEntityId(undefined, "evt"), [3000])
      const merchant = await aMerchant(container)
      await http.post("/merchant/charges", { idempotency_key: "refund-spec-charge-1", credential, amount: 1000, currency_code: "eur" }, { headers: merchant.headers })
      const buyerWallet = walletService(container)
      expect(await buyerWallet.walletBalance(wallet_id)).toBe(2000)
      expect(await paymentOfOrder(orders[0])).toEqual({ captured: [], refunded: [] })

      const admin = await adminHeaders(container)
      const refunded = await http.post(`/admin/wallets/${wallet_id}/balance-refund`, {}, admin)
      expect(refunded.data.balance_refund).toMatchObject({ wallet_id, balance: 0, refunds: [{ amount: 2000, status: "refunded" }] })
      expect(await paymentOfOrder(orders[0])).toEqual({ captured: [3000], refunded: [2000] })

      const again = await http.post(`/admin/wallets/${wallet_id}/balance-refund`, {}, admin)
      expect(again.data.balance_refund).toMatchObject({ balance: 0, refunds: [] })
      expect(await paymentOfOrder(orders[0])).toEqual({ captured: [3000], refunded: [2000] })
      const ledger = await buyerWallet.listLedgerTransactions({ wallet_id, kind: "balance_refund" })
      expect(ledger).toHaveLength(1)
      const refundsAccount = await buyerWallet.ensureAccount("refunds", null, "eur")
      expect(refundsAccount.balance).toBe(2000)
      expect(await buyerWallet.auditLedger()).toEqual(HEALTHY)
    })

    it("should split a balance over several top-ups, newest first", async () => {
      const store = await topUpStore(container)
      const { orders, wallet_id } = await fan(store, generateEntityId(undefined, "evt"), [3000, 1500])
      const admin = await adminHeaders(container)
      const refunded = await http.post(`/admin/wallets/${wallet_id}/balance-refund`, {}, admin)
      expect(refunded.data.balance_refund.refunds.map((r: { amount: number }) => r.amount)).toEqual([1500, 3000])
      expect(await paymentOfOrder(orders[1])).toEqual({ captured: [1500], refunded: [1500] })
      expect(await paymentOfOrder(orders[0])).toEqual({ captured: [3000], refunded: [3000] })
      expect(await walletService(container).walletBalance(wallet_id)).toBe(0)
    })

    it("should refund an auto-reload's payment too, newest first", async () => {
      const store = await topUpStore(container)
      const { orders, wallet_id, credential } = await fan(store, generateEntityId(undefined, "evt"), [3000])
      const wallet = walletService(container)
      await wallet.updateWallets({ id: wallet_id, auto_reload_threshold: 1000, auto_reload_amount: 2000 })
      const merchant = await aMerchant(container)
      await http.post("/merchant/charges", { idempotency_key: "refund-spec-reload-1", credential, amount: 2500, currency_code: "eur" }, { headers: merchant.headers })
      const [reload] = await eventually(() => wallet.listWalletReloads({ wallet_id }), (list) => list[0]?.status === "succeeded")
      expect(await wallet.walletBalance(wallet_id)).toBe(2500)

      const refunded = await http.post(`/admin/wallets/${wallet_id}/balance-refund`, {}, await adminHeaders(container))
      expect(refunded.data.balance_refund.refunds).toMatchObject([
        { amount: 2000, payment_id: reload.payment_id, status: "refunded" },
        { amount: 500, status: "refunded" },
      ])
      const reloadPayment = await container.resolve(Modules.PAYMENT).retrievePayment(reload.payment_id!, { relations: ["refunds"] })
      expect(reloadPayment.refunds!.map((r) => Number(r.amount))).toEqual([20])
      expect(await paymentOfOrder(orders[0])).toEqual({ captured: [3000], refunded: [500] })
      expect(await wallet.auditLedger()).toEqual(HEALTHY)
    })

    it("should refund every wallet of an event in bulk, once, even when the bulk run is retried or runs twice at once", async () => {
      const store = await topUpStore(container)
      const event = generateEntityId(undefined, "evt")
      const [a, b, elsewhere] = [await fan(store, event, [2000]), await fan(store, event, [1200]), await fan(store, generateEntityId(undefined, "evt"), [900])]
      const admin = await adminHeaders(container)

      const bad = await http.post("/admin/wallets/balance-refunds", {}, admin).catch((e) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.field).toBe("event_id")

      const runs = await Promise.all([0, 1].map(() => http.post("/admin/wallets/balance-refunds", { event_id: event }, admin)))
      const refundedPieces = runs.flatMap((r) => r.data.balance_refunds.flatMap((w: { refunds: { amount: number }[] }) => w.refunds.map((x) => x.amount)))
      expect(refundedPieces.sort()).toEqual([1200, 2000])
      const retried = await http.post("/admin/wallets/balance-refunds", { event_id: event }, admin)
      expect(retried.data).toMatchObject({ count: 0, balance_refunds: [] })

      const wallet = walletService(container)
      expect([await wallet.walletBalance(a.wallet_id), await wallet.walletBalance(b.wallet_id), await wallet.walletBalance(elsewhere.wallet_id)]).toEqual([0, 0, 900])
      expect(await paymentOfOrder(a.orders[0])).toEqual({ captured: [2000], refunded: [2000] })
      expect(await paymentOfOrder(b.orders[0])).toEqual({ captured: [1200], refunded: [1200] })
      expect(await paymentOfOrder(elsewhere.orders[0])).toEqual({ captured: [], refunded: [] })
      expect(await wallet.listLedgerTransactions({ kind: "balance_refund" })).toHaveLength(2)
      expect(await wallet.auditLedger()).toEqual(HEALTHY)
    })
  },
})
