import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { getOrganizerDashboardWorkflow } from "@tessera/events/workflows"

type AdmissionCounter = { countAdmissions(eventIds: string[]): Promise<{ checked_in: number }[]> }

/** The organizer's dashboard counts check-ins from the check-in plugin: tickets admitted at least once. */
getOrganizerDashboardWorkflow.hooks.checkInsCounted(async ({ event_ids }, { container }) => {
  const counts = await container.resolve<AdmissionCounter>("checkin").countAdmissions(event_ids)
  return new StepResponse({ checked_in: counts.reduce((sum, count) => sum + count.checked_in, 0) })
})
