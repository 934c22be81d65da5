import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CHECKIN_MODULE } from "../modules/checkin"
import type CheckinModuleService from "../modules/checkin/service"
import type { UsherAccess } from "../modules/checkin/types"
import { fieldError } from "../workflows/utils/field-error"

/** The usher's access to an event, or a 403 naming the field that carried the event id. */
export async function requireAccess(scope: MedusaContainer, usherId: string, eventId: string, field = "event_id"): Promise<UsherAccess> {
  const access = await scope.resolve<CheckinModuleService>(CHECKIN_MODULE).usherAccess(usherId, eventId)
  if (!access) throw fieldError(MedusaError.Types.FORBIDDEN, field, `You are not assigned to event ${eventId}`)
  return access
}
