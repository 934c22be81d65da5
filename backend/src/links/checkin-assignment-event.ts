import { defineLink } from "@medusajs/framework/utils"
import CheckinModule from "@tessera/checkin/modules/checkin"
import EventsModule from "@tessera/events/modules/events"

/** Read-only: an usher's assignment stores its event_id; query.graph reaches the event (title, dates). */
export default defineLink(
  { linkable: CheckinModule.linkable.usherAssignment, field: "event_id", isList: true },
  EventsModule.linkable.event,
  { readOnly: true }
)
