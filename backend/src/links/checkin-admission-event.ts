import { defineLink } from "@medusajs/framework/utils"
import CheckinModule from "@tessera/checkin/modules/checkin"
import EventsModule from "@tessera/events/modules/events"

/** Read-only: an admission stores its event_id; query.graph can then list an event's admissions. */
export default defineLink(
  { linkable: CheckinModule.linkable.checkinAdmission, field: "event_id", isList: true },
  EventsModule.linkable.event,
  { readOnly: true }
)
