import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { EVENTS_MODULE } from "../../../modules/events"
import type EventsModuleService from "../../../modules/events/service"

/** One payout, optionally only if it is the given organizer's; 404 otherwise. */
export async function refetchPayout(id: string, scope: MedusaContainer, fields: string[], organizerId?: string) {
  const [payout] = await scope
    .resolve<EventsModuleService>(EVENTS_MODULE)
    .listPayouts({ id, ...(organizerId ? { organizer_id: organizerId } : {}) }, { select: fields })
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${id} was not found`)
  return payout
}

/** A page of payouts matching the filters, with the total count. */
export async function listPayoutPage(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  { fields, pagination }: { fields: string[]; pagination: { skip?: number; take?: number; order?: Record<string, string> } }
) {
  const [payouts, count] = await scope
    .resolve<EventsModuleService>(EVENTS_MODULE)
    .listAndCountPayouts(filters, { select: fields, ...pagination })
  return { payouts, count, offset: pagination.skip, limit: pagination.take }
}
