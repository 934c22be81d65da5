import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CURRENCY_CODE } from "../../named-field-error"

const CurrencyCode = z.string().regex(/^[a-z]{3}$/, CURRENCY_CODE)

export const AdminCreateMerchant = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email({ error: "Field 'email' must be an email address" }).transform((email) => email.toLowerCase()),
  /** Becomes the merchant's emailpass login. */
  password: z.string().min(10).max(200),
  phone: z.string().trim().max(40).nullish(),
  stands: z
    .array(z.object({ name: z.string().trim().min(1).max(200), event_id: z.string().nullish(), currency_code: CurrencyCode.optional() }))
    .max(50)
    .optional(),
})
export type AdminCreateMerchantType = z.infer<typeof AdminCreateMerchant>

export const AdminGetMerchantsParams = createFindParams({ limit: 20, offset: 0 })
export type AdminGetMerchantsParamsType = z.infer<typeof AdminGetMerchantsParams>
