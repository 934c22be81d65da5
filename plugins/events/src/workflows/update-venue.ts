import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateVenueStep, validateVenueStep } from "./steps"
import type { UpdateVenueStepInput } from "./steps"

export type UpdateVenueWorkflowInput = UpdateVenueStepInput

export const updateVenueWorkflowId = "update-venue"

/** Updates a venue that exists, keeping its zones within its capacity. */
export const updateVenueWorkflow = createWorkflow(updateVenueWorkflowId, (input: UpdateVenueWorkflowInput) => {
  validateVenueStep(input)
  return new WorkflowResponse(updateVenueStep(input))
})
