import { defineLink } from "@medusajs/framework/utils"
import CheckinModule from "@tessera/checkin/modules/checkin"
import EventsModule from "@tessera/events/modules/events"

/** Read-only: an admission stores its ticket_id; the link lets query.graph reach the ticket (holder, type). */
export default defineLink(
  { linkable: CheckinModule.linkable.checkinAdmission, field: "ticket_id", isList: true },
  EventsModule.linkable.ticket,
  { readOnly: true }
)
