import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeOrganizerDashboardStep } from "./steps"

export type GetOrganizerDashboardWorkflowInput = { organizer_id: string }

/** What a `checkInsCounted` handler answers: admissions so far across the organizer's events. */
export type OrganizerCheckIns = { checked_in: number }

export const getOrganizerDashboardWorkflowId = "get-organizer-dashboard"

/**
 * An organizer's dashboard. Check-ins belong to another plugin: it answers through the
 * `checkInsCounted` hook (given the organizer's event ids, it returns `{ checked_in }`); with no
 * handler registered, `checked_in` is null (not counted), never 0.
 */
export const getOrganizerDashboardWorkflow = createWorkflow(getOrganizerDashboardWorkflowId, (input: GetOrganizerDashboardWorkflowInput) => {
  const stats = computeOrganizerDashboardStep(input)
  const checkInsCounted = createHook<"checkInsCounted", { organizer_id: string; event_ids: string[] }, OrganizerCheckIns>(
    "checkInsCounted",
    { organizer_id: input.organizer_id, event_ids: stats.event_ids }
  )
  const checkIns = checkInsCounted.getResult()
  const dashboard = transform({ stats, checkIns }, ({ stats, checkIns }) => {
    const { event_ids: _eventIds, ...figures } = stats
    return { ...figures, checked_in: checkIns?.checked_in ?? null }
  })
  return new WorkflowResponse(dashboard, { hooks: [checkInsCounted] })
})
