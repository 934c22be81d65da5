import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CURRENCY_CODE, DATE_TIME } from "../../named-field-error"

/** The most one charge may take (minor units): anything above is a typo or an attack, not a sausage. */
export const MAX_CHARGE_AMOUNT = 50_000

const Amount = z.number().int().positive().max(MAX_CHARGE_AMOUNT)

export const ChargeItem = z.object({
  name: z.string().trim().min(1).max(120),
  quantity: z.number().int().positive().max(1000),
  unit_amount: z.number().int().nonnegative().max(MAX_CHARGE_AMOUNT),
})

/** Amounts in minor units (450 = 4.50). When items are given, they must add up to the amount. */
export const MerchantCreateCharge = z
  .object({
    idempotency_key: z.string().trim().min(8).max(100),
    credential: z.string().trim().min(1).max(600),
    amount: Amount,
    currency_code: z.string().regex(/^[a-z]{3}$/, CURRENCY_CODE),
    stand_id: z.string().optional(),
    description: z.string().trim().max(200).optional(),
    items: z.array(ChargeItem).max(50).optional(),
  })
  .refine((charge) => !charge.items || charge.items.reduce((sum, i) => sum + i.quantity * i.unit_amount, 0) === charge.amount, {
    path: ["amount"],
    message: "Field 'amount' must equal the sum of the items",
  })
export type MerchantCreateChargeType = z.infer<typeof MerchantCreateCharge>

export const MerchantGetChargesParams = createFindParams({ limit: 20, offset: 0 }).extend({
  stand_id: z.string().optional(),
})
export type MerchantGetChargesParamsType = z.infer<typeof MerchantGetChargesParams>

/** Debits a stand accepted offline; `device_time` orders them. Up to 500 per request. */
export const MerchantSyncCharges = z.object({
  charges: z
    .array(
      z.object({
        idempotency_key: z.string().trim().min(8).max(100),
        credential: z.string().trim().min(1).max(600),
        amount: Amount,
        currency_code: z.string().regex(/^[a-z]{3}$/, CURRENCY_CODE),
        device_time: z.iso.datetime({ offset: true, ...DATE_TIME }),
        stand_id: z.string().optional(),
        description: z.string().trim().max(200).optional(),
        items: z.array(ChargeItem).max(50).optional(),
      })
    )
    .min(1)
    .max(500),
})
export type MerchantSyncChargesType = z.infer<typeof MerchantSyncCharges>

export const MerchantGetSnapshotParams = z.object({
  /** The cursor of an earlier snapshot: only cards changed since then. */
  since: z.iso.datetime({ offset: true, ...DATE_TIME }).optional(),
})
export type MerchantGetSnapshotParamsType = z.infer<typeof MerchantGetSnapshotParams>
