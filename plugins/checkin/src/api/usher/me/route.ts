import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type EventsModule from "@tessera/events/modules/events"
import { CHECKIN_MODULE } from "../../../modules/checkin"
import type CheckinModuleService from "../../../modules/checkin/service"

type EventsService = InstanceType<(typeof EventsModule)["service"]>

/** The logged-in usher and the events (with gates and role) they may scan at. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const checkin = req.scope.resolve<CheckinModuleService>(CHECKIN_MODULE)
  const usher = await checkin.retrieveUsher(req.auth_context.actor_id, {
    select: ["id", "name", "email", "phone"],
    relations: ["assignments"],
  })
  const eventIds = usher.assignments.map((assignment) => assignment.event_id)
  const [events, gates] = await Promise.all([
    eventIds.length
      ? req.scope
          .resolve<EventsService>("events")
          .listEvents({ id: eventIds }, { select: ["id", "title", "handle", "starts_at", "ends_at", "doors_open_at", "status"] })
      : [],
    eventIds.length ? checkin.listCheckinGates({ event_id: eventIds }, { select: ["id", "name", "event_id", "list_id"] }) : [],
  ])
  const { assignments, ...profile } = usher
  res.json({
    usher: profile,
    events: assignments.map((assignment) => {
      const assigned = (assignment.gate_ids as string[] | null) ?? []
      return {
        ...events.find((event) => event.id === assignment.event_id),
        id: assignment.event_id,
        role: assignment.role,
        gates: gates.filter((gate) => gate.event_id === assignment.event_id && (!assigned.length || assigned.includes(gate.id))),
      }
    }),
  })
}
