import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { BALANCE_REFUND_OUTCOME_STATUSES } from "../../../modules/wallet/models/balance-refund-outcome"
import { BALANCE_REFUND_RUN_STATUSES } from "../../../modules/wallet/models/balance-refund-run"
import { CURRENCY_CODE } from "../../named-field-error"

export const AdminGetWalletsParams = createFindParams({ limit: 50, offset: 0 }).extend({
  /** The holder's email or name, or (part of) the serial number of a card they hold. */
  q: z.string().trim().max(200).optional(),
  customer_id: z.string().optional(),
  currency_code: z.string().optional(),
})
export type AdminGetWalletsParamsType = z.infer<typeof AdminGetWalletsParams>

export const AdminGetLedgerTransactionsParams = createFindParams({ limit: 50, offset: 0 }).extend({
  kind: z.string().optional(),
  wallet_id: z.string().optional(),
  merchant_id: z.string().optional(),
  /** `true`: only offline debits that overdrew a wallet or exceeded a card's cap. */
  flagged: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()).optional(),
})
export type AdminGetLedgerTransactionsParamsType = z.infer<typeof AdminGetLedgerTransactionsParams>

export const AdminCreateAdjustment = z.object({
  customer_id: z.string().min(1),
  currency_code: z.string().regex(/^[a-z]{3}$/, CURRENCY_CODE).default("eur"),
  /** Minor units, credited to the wallet. */
  amount: z.number().int().positive().max(1_000_000),
  idempotency_key: z.string().trim().min(8).max(100),
  description: z.string().trim().max(200).optional(),
})
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>

export const AdminGetWalletReloadsParams = createFindParams({ limit: 50, offset: 0 }).extend({
  wallet_id: z.string().optional(),
  customer_id: z.string().optional(),
  status: z.enum(["pending", "succeeded", "failed"]).optional(),
})
export type AdminGetWalletReloadsParamsType = z.infer<typeof AdminGetWalletReloadsParams>

export const AdminRefundEventBalances = z.object({ event_id: z.string().trim().min(1).max(100) })
export type AdminRefundEventBalancesType = z.infer<typeof AdminRefundEventBalances>

export const AdminGetBalanceRefundRunsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  event_id: z.string().optional(),
  status: z.enum([...BALANCE_REFUND_RUN_STATUSES]).optional(),
})
export type AdminGetBalanceRefundRunsParamsType = z.infer<typeof AdminGetBalanceRefundRunsParams>

export const AdminGetBalanceRefundOutcomesParams = createFindParams({ limit: 50, offset: 0 }).extend({
  status: z.enum([...BALANCE_REFUND_OUTCOME_STATUSES]).optional(),
})
export type AdminGetBalanceRefundOutcomesParamsType = z.infer<typeof AdminGetBalanceRefundOutcomesParams>
