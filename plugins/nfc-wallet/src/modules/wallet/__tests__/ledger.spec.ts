import { join } from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WALLET_MODULE } from ".."
import type WalletModuleService from "../service"

moduleIntegrationTestRunner<WalletModuleService>({
  moduleName: WALLET_MODULE,
  resolve: join(__dirname, ".."),
  testSuite: ({ service }) => {
    /** A wallet holding `balance` (a top-up from the platform float) and a merchant account. */
    async function fundedWallet(balance: number) {
      const wallet = await service.ensureWallet(`cus_${Math.random().toString(36).slice(2)}`, "eur")
      const float = await service.ensureAccount("float", null, "eur")
      const merchant = await service.ensureAccount("merchant", `mer_${Math.random().toString(36).slice(2)}`, "eur")
      if (balance) {
        await service.postTransaction({
          idempotency_key: `topup-${wallet.id}`,
          kind: "top_up",
          currency_code: "eur",
          amount: balance,
          wallet_id: wallet.id,
          postings: [
            { account_id: wallet.account_id, amount: balance },
            { account_id: float.id, amount: -balance },
          ],
        })
      }
      return { wallet, float, merchant }
    }

    const charge = (wallet: { id: string; account_id: string }, merchantAccount: string, amount: number, key: string) =>
      service.postTransaction({
        idempotency_key: key,
        kind: "charge",
        currency_code: "eur",
        amount,
        wallet_id: wallet.id,
        postings: [
          { account_id: wallet.account_id, amount: -amount },
          { account_id: merchantAccount, amount },
        ],
      })

    async function expectHealthyLedger() {
      expect(await service.auditLedger()).toEqual({ unbalanced_accounts: [], unbalanced_transactions: [] })
    }

    describe("postTransaction", () => {
      it("should never overdraw a wallet under 64 concurrent debits", async () => {
        const { wallet, merchant } = await fundedWallet(1000)
        const results = await Promise.allSettled(
          Array.from({ length: 64 }, (_, i) => charge(wallet, merchant.id, 30, `debit-${wallet.id}-${i}`))
        )
        const accepted = results.filter((r) => r.status === "fulfilled").length
        const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
        // 1000 / 30 = 33 debits fit; every other one is refused for the balance, naming the amount
        expect(accepted).toBe(33)
        expect(refused).toHaveLength(31)
        for (const { reason } of refused) expect(reason).toMatchObject({ type: "not_allowed", field: "amount" })
        expect(await service.walletBalance(wallet.id)).toBe(10)
        const [merchantAccount] = await service.listLedgerAccounts({ id: merchant.id })
        expect(merchantAccount.balance).toBe(990)
        expect(await service.listLedgerTransactions({ wallet_id: wallet.id, kind: "charge" })).toHaveLength(33)
        await expectHealthyLedger()
      })

      it("should move money once for a retried idempotency key, concurrently too, and answer the same", async () => {
        const { wallet, merchant } = await fundedWallet(500)
        const first = await charge(wallet, merchant.id, 120, "retry-me")
        const retries = await Promise.all(Array.from({ length: 8 }, () => charge(wallet, merchant.id, 120, "retry-me")))
        expect(first.replayed).toBe(false)
        for (const retry of retries) {
          expect(retry.replayed).toBe(true)
          expect({ ...retry, replayed: false }).toEqual(first)
        }
        expect(await service.walletBalance(wallet.id)).toBe(380)

        const racing = await Promise.all(Array.from({ length: 8 }, () => charge(wallet, merchant.id, 50, "race-me")))
        expect(racing.filter((r) => !r.replayed)).toHaveLength(1)
        expect(new Set(racing.map((r) => r.id)).size).toBe(1)
        expect(await service.walletBalance(wallet.id)).toBe(330)
        await expectHealthyLedger()
      })

      it("should refuse an idempotency key reused for a different amount, moving nothing", async () => {
        const { wallet, merchant } = await fundedWallet(500)
        await charge(wallet, merchant.id, 100, "reused")
        const error = await charge(wallet, merchant.id, 200, "reused").catch((e) => e)
        expect(error).toMatchObject({ type: "invalid_data", field: "idempotency_key" })
        expect(await service.walletBalance(wallet.id)).toBe(400)
      })

      it("should refuse unbalanced, zero, fractional and cross-currency postings with nothing written", async () => {
        const { wallet, merchant } = await fundedWallet(500)
        const base = { kind: "charge" as const, currency_code: "eur", amount: 10, wallet_id: wallet.id }
        const cases = [
          { postings: [{ account_id: wallet.account_id, amount: -10 }, { account_id: merchant.id, amount: 9 }], field: "postings" },
          { postings: [{ account_id: wallet.account_id, amount: -1.5 }, { account_id: merchant.id, amount: 1.5 }], field: "postings.0.amount" },
          { postings: [{ account_id: wallet.account_id, amount: 0 }, { account_id: merchant.id, amount: 0 }], field: "postings.0.amount" },
          { postings: [{ account_id: wallet.account_id, amount: -10 }], field: "postings" },
        ]
        for (const [i, { postings, field }] of cases.entries()) {
          const error = await service.postTransaction({ ...base, idempotency_key: `bad-${i}`, postings }).catch((e) => e)
          expect(error).toMatchObject({ type: "invalid_data", field })
        }
        const usd = await service.ensureAccount("merchant", "mer_usd", "usd")
        const error = await charge(wallet, usd.id, 10, "cross-currency").catch((e) => e)
        expect(error).toMatchObject({ field: "currency_code" })
        // the refused statement rolled back the transaction row and the wallet leg applied before it
        expect(await service.listLedgerTransactions({ idempotency_key: ["bad-0", "cross-currency"] })).toEqual([])
        expect(await service.walletBalance(wallet.id)).toBe(500)
        await expectHealthyLedger()
      })

      it("should let an offline debit overdraw a wallet and flag it", async () => {
        const { wallet, merchant } = await fundedWallet(100)
        const posted = await service.postTransaction({
          idempotency_key: "offline-1",
          kind: "charge",
          currency_code: "eur",
          amount: 250,
          wallet_id: wallet.id,
          offline: true,
          device_time: new Date("2027-06-01T19:00:00Z"),
          postings: [
            { account_id: wallet.account_id, amount: -250 },
            { account_id: merchant.id, amount: 250 },
          ],
        })
        expect(posted).toMatchObject({ offline: true, flagged: true })
        expect(await service.walletBalance(wallet.id)).toBe(-150)
        await expectHealthyLedger()
      })

      it("should keep a wallet under its ceiling", async () => {
        const { wallet, float } = await fundedWallet(0)
        const topUp = (amount: number, key: string) =>
          service.postTransaction({
            idempotency_key: key,
            kind: "top_up",
            currency_code: "eur",
            amount,
            wallet_id: wallet.id,
            ceilings: { [wallet.account_id]: 1000 },
            postings: [
              { account_id: wallet.account_id, amount },
              { account_id: float.id, amount: -amount },
            ],
          })
        await topUp(800, "ceiling-1")
        expect(await topUp(201, "ceiling-2").catch((e) => e)).toMatchObject({ type: "not_allowed", field: "amount" })
        await topUp(200, "ceiling-3")
        expect(await service.walletBalance(wallet.id)).toBe(1000)
      })
    })

    describe("ensureWallet", () => {
      it("should make one wallet and one account per customer and currency, however many callers race", async () => {
        const wallets = await Promise.all(Array.from({ length: 10 }, () => service.ensureWallet("cus_race", "eur")))
        expect(new Set(wallets.map((w) => w.id)).size).toBe(1)
        expect(await service.listLedgerAccounts({ kind: "wallet", owner_id: wallets[0].id })).toHaveLength(1)
      })
    })
  },
})
