import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"

/** Who holds a wallet, as far as the admin needs to recognise them. */
export type WalletHolder = { id: string; email: string | null; first_name: string | null; last_name: string | null }

type WalletRow = { id: string; customer_id: string; account_id: string }

const HOLDER_FIELDS = ["id", "email", "first_name", "last_name"]

/**
 * Wallets as the admin shows them: each with its balance (from its ledger account) and its holder
 * (null when the customer was deleted). Two reads whatever the number of wallets.
 */
export async function walletViews<W extends WalletRow>(scope: MedusaContainer, wallets: W[]) {
  if (!wallets.length) return []
  const wallet = scope.resolve<WalletModuleService>(WALLET_MODULE)
  const customerIds = [...new Set(wallets.map((w) => w.customer_id))]
  const [accounts, { data: customers }] = await Promise.all([
    wallet.listLedgerAccounts({ id: wallets.map((w) => w.account_id) }, { select: ["id", "balance"] }),
    // the customer module directly, not the backend's wallet↔customer link: this plugin works without it
    scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: HOLDER_FIELDS, filters: { id: customerIds } }),
  ])
  const balanceOf = new Map(accounts.map((a) => [a.id, a.balance]))
  const holderOf = new Map((customers as WalletHolder[]).map((c) => [c.id, holderFields(c)]))
  return wallets.map((w) => ({ ...w, balance: balanceOf.get(w.account_id) ?? 0, customer: holderOf.get(w.customer_id) ?? null }))
}

const holderFields = (c: WalletHolder): WalletHolder => ({
  id: c.id,
  email: c.email ?? null,
  first_name: c.first_name ?? null,
  last_name: c.last_name ?? null,
})
