import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { normalizeMobile } from "../../../modules/wallet/utils/otp"
import { CURRENCY_CODE } from "../../named-field-error"

const CurrencyCode = z.string().regex(/^[a-z]{3}$/, CURRENCY_CODE)

export const AdminCreateMerchant = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email({ error: "Field 'email' must be an email address" }).transform((email) => email.toLowerCase()),
  /** Becomes the merchant's emailpass login. */
  password: z.string().min(10).max(200),
  /** A mobile number (stored in E.164) also becomes an OTP login (`/auth/merchant/otp`). */
  phone: z
    .string()
    .max(40)
    .nullish()
    .transform((phone, ctx) => {
      if (phone === null || phone === undefined || phone.trim() === "") return null
      const normalized = normalizeMobile(phone)
      if (!normalized) ctx.addIssue({ code: "custom", message: "Field 'phone' must be a mobile number in international format, e.g. +4915112345678" })
      return normalized ?? null
    }),
  stands: z
    .array(z.object({ name: z.string().trim().min(1).max(200), event_id: z.string().nullish(), currency_code: CurrencyCode.optional() }))
    .max(50)
    .optional(),
})
export type AdminCreateMerchantType = z.infer<typeof AdminCreateMerchant>

export const AdminGetMerchantsParams = createFindParams({ limit: 20, offset: 0 })
export type AdminGetMerchantsParamsType = z.infer<typeof AdminGetMerchantsParams>
