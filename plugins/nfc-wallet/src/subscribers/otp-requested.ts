import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { maskMobile } from "../modules/wallet/utils/otp"
import { OTP_REQUESTED_EVENT, type OtpRequestedEvent } from "../providers/otp/events"

/**
 * Hands a one-time code to Medusa's notification module on the `sms` channel (once per code: its
 * challenge id is the notification's idempotency key). Without an SMS provider configured, as in the
 * demo, the module refuses it and the code goes to the server log instead, so the demo stays usable.
 */
export default async function deliverOtp({ event: { data }, container }: SubscriberArgs<OtpRequestedEvent>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: data.to,
      channel: "sms",
      template: "otp-code",
      idempotency_key: `otp:${data.challenge_id}`,
      data: { code: data.code, purpose: data.purpose, expires_at: data.expires_at },
    })
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0]
    logger.warn(`[otp] SMS not delivered (${reason}); code for ${maskMobile(data.to)} (${data.purpose}): ${data.code}, valid until ${data.expires_at}`)
  }
}

export const config: SubscriberConfig = { event: OTP_REQUESTED_EVENT, context: { subscriberId: "tessera-deliver-otp" } }
