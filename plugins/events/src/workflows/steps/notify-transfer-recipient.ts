import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type NotifyTransferRecipientStepInput = {
  transfer_id: string
  token: string
  kind: "transfer" | "gift"
  to_email?: string | null
  to_phone?: string | null
  message?: string | null
}

export const TRANSFER_OFFERED_TEMPLATE = "ticket-transfer-offered"

export const notifyTransferRecipientStepId = "notify-transfer-recipient-step"

/**
 * Tells the recipient through Medusa's notification module (email or sms channel), with the
 * acceptance token. Best effort: with no provider for the channel Medusa stores the notification
 * as failed, and the offer still stands, because a recipient who logs in with that email or number
 * sees it among their incoming transfers. The idempotency key keeps a retry from sending twice.
 */
export const notifyTransferRecipientStep = createStep(
  notifyTransferRecipientStepId,
  async (input: NotifyTransferRecipientStepInput, { container }) => {
    if (!container.hasRegistration(Modules.NOTIFICATION)) return new StepResponse({ notified: false })
    const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
    const to = input.to_email ?? input.to_phone
    if (!to) return new StepResponse({ notified: false })
    try {
      await notifications.createNotifications({
        to,
        channel: input.to_email ? "email" : "sms",
        template: TRANSFER_OFFERED_TEMPLATE,
        idempotency_key: `${TRANSFER_OFFERED_TEMPLATE}:${input.transfer_id}`,
        resource_id: input.transfer_id,
        resource_type: "ticket_transfer",
        data: { transfer_id: input.transfer_id, token: input.token, kind: input.kind, message: input.message ?? null },
      })
      return new StepResponse({ notified: true })
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Transfer ${input.transfer_id}: recipient not notified (${(error as Error).message})`)
      return new StepResponse({ notified: false })
    }
  }
)
