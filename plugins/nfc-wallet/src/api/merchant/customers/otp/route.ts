import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { maskMobile } from "../../../../modules/wallet/utils/otp"
import { OTP_REQUESTED_EVENT, type OtpRequestedEvent } from "../../../../providers/otp/events"
import { cardAssignmentPurpose } from "../../../../workflows"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import { customerByMobile } from "../helpers"
import type { MerchantFindCustomerType } from "../validators"

/**
 * Sends the customer a code that confirms a card assignment at this merchant (valid 5 minutes). The
 * number's sending limits answer 429 with Retry-After, naming `mobile`.
 */
export async function POST(req: AuthenticatedMedusaRequest<MerchantFindCustomerType>, res: MedusaResponse) {
  const phone = req.validatedBody.mobile
  const purpose = cardAssignmentPurpose(req.auth_context.actor_id)
  const customer = await customerByMobile(req.scope, phone)
  const issued = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).issueOtp({
    phone,
    purpose,
    subject_id: customer.id,
    requested_by: req.auth_context.actor_id,
  })
  if ("retry_after" in issued) {
    res.setHeader("Retry-After", String(issued.retry_after))
    res.status(429).json({ type: "not_allowed", field: "mobile", message: `too many codes for this number: try again in ${issued.retry_after} s` })
    return
  }
  const event: OtpRequestedEvent = { challenge_id: issued.id, to: phone, code: issued.code, purpose, expires_at: issued.expires_at.toISOString() }
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: OTP_REQUESTED_EVENT, data: event })
  res.json({ otp: { mobile: maskMobile(phone), expires_at: issued.expires_at } })
}
