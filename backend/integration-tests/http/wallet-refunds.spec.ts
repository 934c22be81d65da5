import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, generateEntityId } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually } from "../utils/eventually"
import { adminHeaders } from "../utils/fixtures"
import { type Api, HEALTHY, aCardholder, aCustomer, aMerchant, credentialOf, randomSerial, refused, topUpStore, walletService } from "../utils/wallet-fixtures"
import { checkoutTopUp, sql } from "../utils/wallet-otp-fixtures"

type Headers = Awaited<ReturnType<typeof adminHeaders>>

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

    describe("bulk balance refund runs (POST /admin/wallets/balance-refunds)", () => {
      type Run = { id: string; event_id: string; status: string; total: number; done: number; failed: number; attempts: number; error: string | null }
      type Outcome = { wallet_id: string; status: string; amount: number; balance: number | null; error: string | null }

      const runsUrl = "/admin/wallets/balance-refunds"
      const engine = () => container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
      const readRun = async (id: string, admin: Headers) => (await http.get(`${runsUrl}/${id}`, admin)).data.balance_refund_run as Run & { refunded: Record<string, number> }
      /** Polls the run as the admin page does until it is no longer running. */
      const settledRun = (id: string, admin: Headers) => eventually(() => readRun(id, admin), (run) => run.status !== "running", 60_000)
      const outcomesOf = async (id: string, admin: Headers, query = "") =>
        ((await http.get(`${runsUrl}/${id}/wallets${query}`, admin)).data.wallets as Outcome[]).sort((x, y) => x.amount - y.amount)
      const resume = async (stale_after_ms: number) =>
        ((await engine().run("resume-wallet-balance-refund-runs", { input: { stale_after_ms }, throwOnError: true })) as { result: { id: string; action: string }[] }).result

      /** Two funded wallets at one event and one elsewhere; the bulk run must refund exactly the first two. */
      async function anEvent() {
        const store = await topUpStore(container)
        const event = generateEntityId(undefined, "evt")
        const [a, b, elsewhere] = [await fan(store, event, [2000]), await fan(store, event, [1200]), await fan(store, generateEntityId(undefined, "evt"), [900])]
        return { store, event, a, b, elsewhere, admin: await adminHeaders(container) }
      }

      async function expectRefundedOnce({ a, b, elsewhere }: Awaited<ReturnType<typeof anEvent>>) {
        const wallet = walletService(container)
        expect([await wallet.walletBalance(a.wallet_id), await wallet.walletBalance(b.wallet_id), await wallet.walletBalance(elsewhere.wallet_id)]).toEqual([0, 0, 900])
        expect(await paymentOfOrder(a.orders[0])).toEqual({ captured: [2000], refunded: [2000] })
        expect(await paymentOfOrder(b.orders[0])).toEqual({ captured: [1200], refunded: [1200] })
        expect(await paymentOfOrder(elsewhere.orders[0])).toEqual({ captured: [], refunded: [] })
        // a piece the payment refused stays in the ledger with its reversal; the others count once
        const reversed = new Set((await wallet.listLedgerTransactions({ kind: "adjustment" })).map((t) => t.reverses_id))
        const kept = (await wallet.listLedgerTransactions({ kind: "balance_refund" })).filter((t) => !reversed.has(t.id))
        expect(kept.map((t) => t.amount).sort((x, y) => x - y)).toEqual([1200, 2000])
        expect(await wallet.auditLedger()).toEqual(HEALTHY)
      }

      it("should start one run for concurrent requests, refund every wallet of the event in the background once, and start an empty run afterwards", async () => {
        const world = await anEvent()
        const { event, a, b, admin } = world

        const bad = await refused(http.post(runsUrl, {}, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.field).toBe("event_id")
        expect(await walletService(container).listBalanceRefundRuns({})).toEqual([])

        const answers = await Promise.all([0, 1, 2, 3].map(() => http.post(runsUrl, { event_id: event }, admin)))
        expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 202])
        const [first] = answers.map((r) => r.data.balance_refund_run as Run)
        expect(first).toMatchObject({ event_id: event, status: "running", total: 2, failed: 0 })
        expect(first).not.toHaveProperty("lease_id")
        expect(new Set(answers.map((r) => r.data.balance_refund_run.id))).toEqual(new Set([first.id]))

        const finished = await settledRun(first.id, admin)
        expect(finished).toMatchObject({ status: "completed", total: 2, done: 2, failed: 0, attempts: 1, error: null, refunded: { eur: 3200 } })
        expect(await outcomesOf(first.id, admin)).toMatchObject([
          { wallet_id: b.wallet_id, status: "refunded", amount: 1200, balance: 0, error: null },
          { wallet_id: a.wallet_id, status: "refunded", amount: 2000, balance: 0, error: null },
        ])
        await expectRefundedOnce(world)

        // after the run: a new one, with no wallet left to refund, done at once
        const again = await http.post(runsUrl, { event_id: event }, admin)
        expect(again.status).toBe(202)
        expect(again.data.balance_refund_run).toMatchObject({ status: "completed", total: 0, done: 0, failed: 0 })
        expect(again.data.balance_refund_run.id).not.toBe(first.id)
        await expectRefundedOnce(world)

        const listed = await http.get(`${runsUrl}?event_id=${event}`, admin)
        expect(listed.data).toMatchObject({ count: 2, balance_refund_runs: [{ id: again.data.balance_refund_run.id }, { id: first.id }] })
        expect((await http.get(`${runsUrl}?event_id=evt_other`, admin)).data).toMatchObject({ count: 0, balance_refund_runs: [] })
        const missing = await refused(http.get(`${runsUrl}/wbrr_nope`, admin))
        expect(missing.status).toBe(404)
        expect(missing.data).toMatchObject({ type: "not_found", field: "id" })
        expect((await refused(http.get(`${runsUrl}?status=paused`, admin))).data.field).toBe("status")
      })

      it("should record a wallet whose refund the payment refuses as failed while the others are refunded", async () => {
        const world = await anEvent()
        const { store, event, a, b, admin } = world
        const refusing = await fan(store, event, [700])
        const payments = container.resolve(Modules.PAYMENT)
        const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["payment_collections.payments.id"],
          filters: { id: refusing.orders[0] },
        })
        // a payment cancelled meanwhile can be neither captured nor refunded
        await payments.cancelPayment(order.payment_collections![0]!.payments![0]!.id)
        // money an admin credited came from no payment: nothing to refund it to
        const credited = await aCardholder(container, { balance: 400, event_id: event })

        const started = await http.post(runsUrl, { event_id: event }, admin)
        expect(started.data.balance_refund_run).toMatchObject({ status: "running", total: 4 })
        const finished = await settledRun(started.data.balance_refund_run.id, admin)
        expect(finished).toMatchObject({ status: "completed_with_errors", total: 4, done: 4, failed: 2, refunded: { eur: 3200 } })

        const failed = await outcomesOf(finished.id, admin, "?status=failed")
        const failedOf = (walletId: string) => failed.find((o) => o.wallet_id === walletId)
        expect(failed).toHaveLength(2)
        expect(failedOf(refusing.wallet_id)).toMatchObject({ amount: 0, balance: 700, error: expect.stringMatching(/canceled/) })
        expect(failedOf(credited.wallet.id)).toMatchObject({ amount: 0, balance: 400, error: "no top-up payment is left to refund the rest of the balance to" })
        expect((await outcomesOf(finished.id, admin, "?status=refunded")).map((o) => o.wallet_id)).toEqual([b.wallet_id, a.wallet_id])
        // the refused piece was taken back: the money is still the customer's, for a later run
        const wallet = walletService(container)
        expect(await wallet.walletBalance(refusing.wallet_id)).toBe(700)
        const [piece] = await wallet.listLedgerTransactions({ wallet_id: refusing.wallet_id, kind: "balance_refund" })
        expect(await wallet.listLedgerTransactions({ reverses_id: piece.id })).toHaveLength(1)
        await expectRefundedOnce(world)
      })

      it("should answer a request during a run with that run, and let only one of two workers work on it", async () => {
        const world = await anEvent()
        const { event, admin } = world
        const wallet = walletService(container)
        // a run nobody works on yet (started without its event)
        const { run } = await wallet.beginBalanceRefundRun({ event_id: event, requested_by: null })
        const workers = await Promise.all(
          [0, 1].map(() => engine().run("process-wallet-balance-refund-run", { input: { run_id: run.id }, throwOnError: true }) as Promise<{ result: { run: Run | null } }>)
        )
        expect(workers.map((w) => w.result.run?.status ?? null).sort()).toEqual(["completed", null])
        await expectRefundedOnce(world)

        const second = await wallet.beginBalanceRefundRun({ event_id: event, requested_by: null })
        expect(second).toMatchObject({ created: true, run: { status: "completed", total: 0 } })

        // while a run is going, a request answers it (and its request to work on it finds the lease taken)
        const held = await sql<{ id: string }>(
          container,
          "insert into wallet_balance_refund_run (id, event_id, status, total, lease_id, heartbeat_at) values ('wbrr_held', ?, 'running', 5, 'a-live-worker', now()) returning id",
          [event]
        )
        const during = await http.post(runsUrl, { event_id: event }, admin)
        expect(during.data.balance_refund_run).toMatchObject({ id: held[0].id, status: "running", total: 5, done: 0 })
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(await readRun("wbrr_held", admin)).toMatchObject({ status: "running", attempts: 0 })
      })

      it("should hand a run whose worker died to a new one, reporting what the dead one refunded, and fail a run after too many workers", async () => {
        const world = await anEvent()
        const { event, a, b, admin } = world
        const wallet = walletService(container)
        const { run } = await wallet.beginBalanceRefundRun({ event_id: event, requested_by: null })
        // a worker took the run, refunded the first wallet, and died before recording it
        await wallet.claimBalanceRefundRun(run.id, "lease-of-a-dead-worker")
        await engine().run("refund-wallet-balance", { input: { wallet_id: a.wallet_id }, throwOnError: true })
        await sql(container, "update wallet_balance_refund_run set heartbeat_at = now() - interval '2 minutes' where id = ?", [run.id])

        expect(await resume(10 * 60_000)).toEqual([]) // not stale by the default limit: left alone
        expect(await resume(60_000)).toEqual([{ id: run.id, action: "resumed" }])
        const finished = await settledRun(run.id, admin)
        expect(finished).toMatchObject({ status: "completed", total: 2, done: 2, failed: 0, attempts: 2, refunded: { eur: 3200 } })
        expect(await outcomesOf(run.id, admin)).toMatchObject([
          { wallet_id: b.wallet_id, status: "refunded", amount: 1200 },
          { wallet_id: a.wallet_id, status: "refunded", amount: 2000 },
        ])
        await expectRefundedOnce(world)
        expect(await resume(60_000)).toEqual([])

        // a run whose wallets killed five workers is given up; a new run refunds what is left
        const next = await fan(world.store, event, [500])
        const { run: doomed } = await wallet.beginBalanceRefundRun({ event_id: event, requested_by: null })
        await sql(container, "update wallet_balance_refund_run set lease_id = 'dead', attempts = 5, heartbeat_at = now() - interval '2 minutes' where id = ?", [doomed.id])
        expect(await resume(60_000)).toEqual([{ id: doomed.id, action: "failed" }])
        const given = await readRun(doomed.id, admin)
        expect(given).toMatchObject({ status: "failed", done: 0, total: 1 })
        expect(given.error).toBe("stopped after 5 attempts with 1 of 1 wallets pending; a new run refunds them")
        const retry = await http.post(runsUrl, { event_id: event }, admin)
        expect(retry.data.balance_refund_run).toMatchObject({ status: "running", total: 1 })
        expect(await settledRun(retry.data.balance_refund_run.id, admin)).toMatchObject({ status: "completed", done: 1, refunded: { eur: 500 } })
        expect(await wallet.walletBalance(next.wallet_id)).toBe(0)
      })
    })
  },
})
