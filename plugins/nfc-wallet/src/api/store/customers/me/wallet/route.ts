import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../../../modules/wallet/utils/field-error"
import { WALLET_LIMITS } from "../../../../../modules/wallet/utils/limits"
import { WALLET_MODULE, type WalletModuleService } from "../../../../../workflows/utils/services"
import type { StoreGetWalletParamsType, StoreUpdateWalletType } from "../validators"

type WalletRow = { id: string; currency_code: string; max_balance: number; auto_reload_threshold: number | null; auto_reload_amount: number | null }

/** The customer's wallet in one currency: balance, limits, auto-reload settings (a zero wallet before the first top-up). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetWalletParamsType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { currency_code } = req.validatedQuery as StoreGetWalletParamsType
  const [found] = await wallet.listWallets({ customer_id: req.auth_context.actor_id, currency_code })
  res.json({ wallet: await walletView(wallet, currency_code, found) })
}

/**
 * Saves the auto-reload settings (the wallet is created if needed). The amount must be a valid top-up
 * and threshold + amount must fit under the maximum balance. A debit that takes the balance under the
 * threshold then charges the saved payment method (workflow auto-reload-wallet).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateWalletType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { currency_code, auto_reload_threshold, auto_reload_amount } = req.validatedBody
  const holder = await wallet.ensureWallet(req.auth_context.actor_id, currency_code)
  if (auto_reload_amount !== null && (auto_reload_amount < WALLET_LIMITS.min_top_up || auto_reload_amount > WALLET_LIMITS.max_top_up)) {
    throw fieldError(MedusaError.Types.INVALID_DATA, "auto_reload_amount", `a top-up is between ${WALLET_LIMITS.min_top_up} and ${WALLET_LIMITS.max_top_up}`)
  }
  if (auto_reload_threshold !== null && auto_reload_threshold + (auto_reload_amount ?? 0) > holder.max_balance) {
    throw fieldError(MedusaError.Types.INVALID_DATA, "auto_reload_threshold", `threshold and amount together must stay under the maximum balance of ${holder.max_balance}`)
  }
  const updated = await wallet.updateWallets({ id: holder.id, auto_reload_threshold, auto_reload_amount })
  res.json({ wallet: await walletView(wallet, currency_code, updated) })
}

async function walletView(wallet: WalletModuleService, currency_code: string, found: WalletRow | undefined) {
  const maxBalance = found?.max_balance ?? WALLET_LIMITS.max_balance
  return {
    id: found?.id ?? null,
    currency_code,
    balance: found ? await wallet.walletBalance(found.id) : 0,
    limits: { min_top_up: WALLET_LIMITS.min_top_up, max_top_up: WALLET_LIMITS.max_top_up, max_balance: maxBalance },
    auto_reload: {
      threshold: found?.auto_reload_threshold ?? null,
      amount: found?.auto_reload_amount ?? null,
      last_attempt: found ? await lastReload(wallet, found.id) : null,
    },
  }
}

/** The newest auto-reload attempt, so a failed one is in front of the customer (with the provider's reason). */
async function lastReload(wallet: WalletModuleService, walletId: string) {
  const [reload] = await wallet.listWalletReloads(
    { wallet_id: walletId },
    { select: ["id", "status", "amount", "error", "created_at", "updated_at"], take: 1, order: { created_at: "DESC" } }
  )
  return reload ?? null
}
