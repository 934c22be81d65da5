import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createVenueStep, validateVenueStep } from "./steps"
import type { CreateVenueStepInput } from "./steps"

export type CreateVenueWorkflowInput = CreateVenueStepInput

export const createVenueWorkflowId = "create-venue"

/** Creates a venue once its zones fit it. */
export const createVenueWorkflow = createWorkflow(createVenueWorkflowId, (input: CreateVenueWorkflowInput) => {
  validateVenueStep(input)
  return new WorkflowResponse(createVenueStep(input))
})
