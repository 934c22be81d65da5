import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, storeAccess } from "../utils/fixtures"
import { eventually } from "../utils/eventually"
import { type Api, HEALTHY, aCardholder, aMerchant, walletService } from "../utils/wallet-fixtures"
import { customerHeaders } from "../utils/wallet-otp-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
      delete process.env.WALLET_RELOAD_PROVIDER_ID
    })

    /** A cardholder with auto-reload on, and a merchant to charge them. */
    async function setUp({ balance, threshold, amount }: { balance: number; threshold: number; amount: number }) {
      const holder = await aCardholder(container, { balance })
      await walletService(container).updateWallets({ id: holder.wallet.id, auto_reload_threshold: threshold, auto_reload_amount: amount })
      const merchant = await aMerchant(container)
      let n = 0
      const charge = (value: number) =>
        http.post(
          "/merchant/charges",
          { idempotency_key: `reload-test-${holder.wallet.id}-${n++}`, credential: holder.credential, amount: value, currency_code: "eur" },
          { headers: merchant.headers }
        )
      return { holder, merchant, charge }
    }

    const reloadsOf = (walletId: string) => walletService(container).listWalletReloads({ wallet_id: walletId }, { order: { created_at: "ASC" } })
    const settled = (walletId: string, count = 1) =>
      eventually(() => reloadsOf(walletId), (list) => list.length >= count && list.every((r) => r.status !== "pending"))

    it("should charge the saved method through Medusa's payment module and credit the wallet once when a debit crosses the threshold", async () => {
      const { holder, charge } = await setUp({ balance: 3000, threshold: 1000, amount: 2000 })
      await charge(1500) // 1500 left: above the threshold, nothing happens
      await charge(1000) // 500 left: crossed
      const [reload] = await settled(holder.wallet.id)
      expect(reload).toMatchObject({ status: "succeeded", amount: 2000, provider_id: "pp_system_default", error: null })

      const payment = await container.resolve(Modules.PAYMENT).retrievePayment(reload.payment_id!, { relations: ["captures"] })
      expect(payment).toMatchObject({ payment_collection_id: reload.payment_collection_id, provider_id: "pp_system_default" })
      expect(Number(payment.amount)).toBe(20)
      expect(payment.captured_at).toBeTruthy()
      expect(payment.captures).toHaveLength(1)

      const wallet = walletService(container)
      expect(await wallet.walletBalance(holder.wallet.id)).toBe(2500)
      const credit = await wallet.retrievePostedTransaction(reload.transaction_id!)
      expect(credit).toMatchObject({ kind: "top_up", amount: 2000, description: "Auto-reload", idempotency_key: `reload:${reload.id}` })

      // below the threshold again only by crossing it again; a redelivered request reloads nothing more
      await charge(100)
      const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
      await engine.run("auto-reload-wallet", { input: { wallet_id: holder.wallet.id, trigger_transaction_id: reload.trigger_transaction_id }, throwOnError: true })
      expect(await reloadsOf(holder.wallet.id)).toHaveLength(1)
      expect(await wallet.walletBalance(holder.wallet.id)).toBe(2400)
      expect(await wallet.auditLedger()).toEqual(HEALTHY)
    })

    it("should start one reload when concurrent debits cross the threshold, and keep one attempt in flight per wallet", async () => {
      const { holder, charge } = await setUp({ balance: 5000, threshold: 2000, amount: 2000 })
      const answers = await Promise.all(Array.from({ length: 10 }, () => charge(400)))
      expect(answers.every((a) => a.status === 200)).toBe(true)
      const reloads = await settled(holder.wallet.id)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await reloadsOf(holder.wallet.id)).toHaveLength(1)
      expect(reloads[0].status).toBe("succeeded")
      expect(await walletService(container).walletBalance(holder.wallet.id)).toBe(5000 - 4000 + 2000)

      // an attempt in flight blocks any other for the wallet, whatever triggered it
      const wallet = walletService(container)
      const first = await wallet.beginReload(holder.wallet.id, "ltx_trigger_a")
      expect(first).toMatchObject({ wallet_id: holder.wallet.id, amount: 2000 })
      expect(await wallet.beginReload(holder.wallet.id, "ltx_trigger_b")).toBeUndefined()
      await wallet.updateWalletReloads({ id: first!.id, status: "failed", error: "test" })
      expect(await wallet.beginReload(holder.wallet.id, "ltx_trigger_a")).toBeUndefined() // that trigger had its attempt
      expect(await wallet.beginReload(holder.wallet.id, "ltx_trigger_c")).toMatchObject({ amount: 2000 })
      expect(await wallet.auditLedger()).toEqual(HEALTHY)
    })

    it("should record a refused charge as failed, show it to the customer and admins, credit nothing and not retry it", async () => {
      const { holder, charge } = await setUp({ balance: 3000, threshold: 1000, amount: 2000 })
      process.env.WALLET_RELOAD_PROVIDER_ID = "pp_nowhere_nowhere" // a provider that refuses: none is registered under this id
      await charge(2500)
      const [failed] = await settled(holder.wallet.id)
      expect(failed).toMatchObject({ status: "failed", provider_id: "pp_nowhere_nowhere", payment_id: null, transaction_id: null })
      expect(failed.error).toEqual(expect.any(String))
      expect(await walletService(container).walletBalance(holder.wallet.id)).toBe(500)

      const store = await storeAccess(container)
      const mine = await http.get("/store/customers/me/wallet", customerHeaders(container, holder.customer.id, store.headers))
      expect(mine.data.wallet.auto_reload).toMatchObject({ threshold: 1000, amount: 2000, last_attempt: { id: failed.id, status: "failed", amount: 2000 } })
      const admin = await adminHeaders(container)
      const listed = await http.get(`/admin/wallets/reloads?status=failed&wallet_id=${holder.wallet.id}`, admin)
      expect(listed.data).toMatchObject({ count: 1, reloads: [{ id: failed.id, status: "failed", error: failed.error }] })

      // still under the threshold: further debits do not cross it, so nothing is charged again
      delete process.env.WALLET_RELOAD_PROVIDER_ID
      await charge(100)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await reloadsOf(holder.wallet.id)).toHaveLength(1)
      expect(await walletService(container).walletBalance(holder.wallet.id)).toBe(400)
      expect(await walletService(container).auditLedger()).toEqual(HEALTHY)
    })
  },
})
