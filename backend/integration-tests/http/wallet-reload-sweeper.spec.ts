import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../utils/fixtures"
import { eventually } from "../utils/eventually"
import { type Api, HEALTHY, aCardholder, aMerchant, ledgerState, walletService } from "../utils/wallet-fixtures"
import { sql } from "../utils/wallet-otp-fixtures"

// The tests age their attempts by two minutes and sweep with a one-minute limit: the plugin's own
// scheduled job (ten minutes) never races them for these rows.
const AGE_MS = 2 * 60_000
const LIMIT_MS = 60_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
      delete process.env.WALLET_RELOAD_PROVIDER_ID
    })

    /** A cardholder with auto-reload on (threshold 1000, reload 2000), a merchant to charge them, and an abandoned attempt. */
    async function withAbandonedReload(balance: number) {
      const holder = await aCardholder(container, { balance })
      const wallet = walletService(container)
      await wallet.updateWallets({ id: holder.wallet.id, auto_reload_threshold: 1000, auto_reload_amount: 2000 })
      const merchant = await aMerchant(container)
      let n = 0
      const charge = (value: number) =>
        http.post(
          "/merchant/charges",
          { idempotency_key: `sweeper-test-${holder.wallet.id}-${n++}`, credential: holder.credential, amount: value, currency_code: "eur" },
          { headers: merchant.headers }
        )
      // what a process that died mid-attempt leaves behind: the attempt recorded, its outcome never
      const reload = (await wallet.beginReload(holder.wallet.id, `ltx_abandoned_${holder.wallet.id}`))!
      await sql(container, "update wallet_reload set created_at = created_at - ?::interval where id = ?", [`${AGE_MS / 1000} seconds`, reload.id])
      return { holder, charge, reload }
    }

    /** A real payment through Medusa's payment module for an attempt, as the charge step makes it (the collection recorded first). */
    async function payFor(reloadId: string, { capture }: { capture: boolean }) {
      const payments = container.resolve(Modules.PAYMENT)
      const collection = await payments.createPaymentCollections({ currency_code: "eur", amount: 20, metadata: { wallet_reload_id: reloadId } })
      await walletService(container).updateWalletReloads({ id: reloadId, provider_id: "pp_system_default", payment_collection_id: collection.id })
      const session = await payments.createPaymentSession(collection.id, { provider_id: "pp_system_default", currency_code: "eur", amount: 20, data: {} })
      const payment = await payments.authorizePaymentSession(session.id, {})
      if (capture && !payment.captured_at) await payments.capturePayment({ payment_id: payment.id, amount: 20 })
      return payment.id
    }

    const sweep = async (stale_after_ms = LIMIT_MS) => {
      const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
      const { result } = (await engine.run("sweep-stale-wallet-reloads", { input: { stale_after_ms }, throwOnError: true })) as {
        result: { id: string; status: string; error?: string }[]
      }
      return result
    }
    const reloadsOf = (walletId: string) => walletService(container).listWalletReloads({ wallet_id: walletId }, { order: { created_at: "ASC" } })
    const retrieveReload = (id: string) => walletService(container).retrieveWalletReload(id)

    it("should credit an abandoned reload whose payment was captured, once, with the normal path's ledger key", async () => {
      const { holder, charge, reload } = await withAbandonedReload(3000)
      const paymentId = await payFor(reload.id, { capture: true })
      const wallet = walletService(container)

      // younger than the default limit (ten minutes): left alone
      expect((await sweep(10 * 60_000)).map((r) => r.id)).not.toContain(reload.id)
      expect(await retrieveReload(reload.id)).toMatchObject({ status: "pending" })

      expect(await sweep()).toContainEqual({ id: reload.id, status: "succeeded" })
      const settled = await retrieveReload(reload.id)
      expect(settled).toMatchObject({ status: "succeeded", payment_id: paymentId, error: null, provider_id: "pp_system_default" })
      const credit = await wallet.retrievePostedTransaction(settled.transaction_id!)
      expect(credit).toMatchObject({ kind: "top_up", amount: 2000, description: "Auto-reload", idempotency_key: `reload:${reload.id}`, wallet_id: holder.wallet.id })
      expect(credit.metadata).toEqual({ wallet_reload_id: reload.id, payment_id: paymentId })
      expect(await wallet.walletBalance(holder.wallet.id)).toBe(5000)

      // a second sweep changes nothing
      const before = await ledgerState(container, holder.wallet.id)
      expect((await sweep()).map((r) => r.id)).not.toContain(reload.id)
      expect(await retrieveReload(reload.id)).toEqual(settled)
      expect(await ledgerState(container, holder.wallet.id)).toEqual(before)

      // even an attempt settled twice (the normal path finishing late, two sweepers) credits once
      await sql(container, "update wallet_reload set status = 'pending' where id = ?", [reload.id])
      expect(await sweep()).toContainEqual({ id: reload.id, status: "succeeded" })
      expect(await retrieveReload(reload.id)).toMatchObject({ status: "succeeded", transaction_id: settled.transaction_id })
      expect(await ledgerState(container, holder.wallet.id)).toEqual(before)

      // the wallet reloads again on the next crossing
      await charge(4600) // 5000 → 400: under the threshold of 1000
      const reloads = await eventually(() => reloadsOf(holder.wallet.id), (list) => list.length === 2 && list[1].status !== "pending")
      expect(reloads[1]).toMatchObject({ status: "succeeded", amount: 2000, provider_id: "pp_system_default" })
      expect(reloads[1].payment_collection_id).toEqual(expect.any(String))
      expect(await wallet.walletBalance(holder.wallet.id)).toBe(2400)
      expect(await wallet.auditLedger()).toEqual(HEALTHY)
    })

    it("should mark an abandoned reload with no payment failed as timed out, credit nothing, and let the wallet reload again", async () => {
      const { holder, charge, reload } = await withAbandonedReload(3000)
      const wallet = walletService(container)

      // while it is pending, a crossing starts no reload: the attempt blocks the wallet
      await charge(2500) // 3000 → 500
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(await reloadsOf(holder.wallet.id)).toHaveLength(1)

      const before = await ledgerState(container, holder.wallet.id)
      expect(await sweep()).toContainEqual({ id: reload.id, status: "failed", error: expect.stringMatching(/^timed out/) })
      const settled = await retrieveReload(reload.id)
      expect(settled).toMatchObject({ status: "failed", payment_id: null, transaction_id: null, error: expect.stringMatching(/^timed out/) })
      expect(await ledgerState(container, holder.wallet.id)).toEqual(before)

      // a second sweep changes nothing
      expect((await sweep()).map((r) => r.id)).not.toContain(reload.id)
      expect(await retrieveReload(reload.id)).toEqual(settled)
      expect(await ledgerState(container, holder.wallet.id)).toEqual(before)

      // admins see it among the failed reloads
      const admin = await adminHeaders(container)
      const listed = await http.get(`/admin/wallets/reloads?status=failed&wallet_id=${holder.wallet.id}`, admin)
      expect(listed.data).toMatchObject({ count: 1, reloads: [{ id: reload.id, status: "failed", error: settled.error }] })

      // an admin credit (from the float) takes the wallet over the threshold; the next crossing reloads it
      const credited = await http.post(
        "/admin/wallets/adjustments",
        { customer_id: holder.customer.id, amount: 1500, idempotency_key: `sweeper-credit-${holder.wallet.id}` },
        admin
      )
      expect(credited.data.transaction).toMatchObject({ kind: "adjustment", amount: 1500, replayed: false })
      await charge(1500) // 2000 → 500
      const reloads = await eventually(() => reloadsOf(holder.wallet.id), (list) => list.length === 2 && list[1].status !== "pending")
      expect(reloads[1]).toMatchObject({ status: "succeeded", amount: 2000 })
      expect(await wallet.walletBalance(holder.wallet.id)).toBe(2500)
      expect(await wallet.auditLedger()).toEqual(HEALTHY)
    })

    it("should cancel an authorization an abandoned reload never captured, and mark it failed", async () => {
      const { holder, reload } = await withAbandonedReload(3000)
      const paymentId = await payFor(reload.id, { capture: false })
      const payments = container.resolve(Modules.PAYMENT)
      expect((await payments.retrievePayment(paymentId)).captured_at).toBeFalsy()

      const before = await ledgerState(container, holder.wallet.id)
      expect(await sweep()).toContainEqual({ id: reload.id, status: "failed", error: expect.stringMatching(/^timed out after authorization/) })
      expect(await retrieveReload(reload.id)).toMatchObject({ status: "failed", transaction_id: null })
      expect((await payments.retrievePayment(paymentId)).canceled_at).toBeTruthy()
      expect(await ledgerState(container, holder.wallet.id)).toEqual(before)
    })
  },
})
