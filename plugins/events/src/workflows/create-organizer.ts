import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrganizerStep, validateOrganizerStep } from "./steps"
import type { CreateOrganizerStepInput } from "./steps"

export type CreateOrganizerWorkflowInput = CreateOrganizerStepInput

export const createOrganizerWorkflowId = "create-organizer"

/** Creates an organizer record (the login comes with the organizer actor, later). */
export const createOrganizerWorkflow = createWorkflow(createOrganizerWorkflowId, (input: CreateOrganizerWorkflowInput) => {
  validateOrganizerStep(input)
  return new WorkflowResponse(createOrganizerStep(input))
})
