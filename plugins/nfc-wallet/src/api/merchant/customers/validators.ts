import { z } from "@medusajs/framework/zod"
import { normalizeMobile } from "../../../modules/wallet/utils/otp"

/** A mobile number as people type it, normalised to E.164; anything else is refused on its field. */
export const Mobile = z.string().max(40).transform((raw, ctx) => {
  const phone = normalizeMobile(raw)
  if (!phone) ctx.addIssue({ code: "custom", message: "Field 'mobile' must be a mobile number in international format, e.g. +4915112345678" })
  return phone ?? ""
})

export const MerchantFindCustomer = z.object({ mobile: Mobile })
export type MerchantFindCustomerType = z.infer<typeof MerchantFindCustomer>
