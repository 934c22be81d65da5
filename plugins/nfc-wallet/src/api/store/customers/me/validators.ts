import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CURRENCY_CODE } from "../../../named-field-error"

const WalletCurrency = z.string().regex(/^[a-z]{3}$/, CURRENCY_CODE).default("eur")

export const StoreGetWalletParams = z.object({ currency_code: WalletCurrency })
export type StoreGetWalletParamsType = z.infer<typeof StoreGetWalletParams>

export const StoreGetWalletTransactionsParams = createFindParams({ limit: 20, offset: 0 }).extend({ currency_code: WalletCurrency })
export type StoreGetWalletTransactionsParamsType = z.infer<typeof StoreGetWalletTransactionsParams>

export const StoreAddTopUp = z.object({
  cart_id: z.string().min(1),
  /** Minor units (2000 = 20.00); the limits are in GET /store/customers/me/wallet. */
  amount: z.number().int().positive().max(10_000_000),
})
export type StoreAddTopUpType = z.infer<typeof StoreAddTopUp>

/** Auto-reload: when a debit takes the balance under `threshold`, reload `amount` (both minor units); nulls turn it off. */
export const StoreUpdateWallet = z
  .object({
    currency_code: WalletCurrency,
    auto_reload_threshold: z.number().int().nonnegative().nullable(),
    auto_reload_amount: z.number().int().positive().nullable(),
  })
  .refine((w) => (w.auto_reload_threshold === null) === (w.auto_reload_amount === null), {
    path: ["auto_reload_amount"],
    message: "Field 'auto_reload_amount' must be set together with auto_reload_threshold",
  })
export type StoreUpdateWalletType = z.infer<typeof StoreUpdateWallet>
