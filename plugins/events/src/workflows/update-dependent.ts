import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDependentStep } from "./steps"
import type { UpdateDependentStepInput } from "./steps"

export type UpdateDependentWorkflowInput = UpdateDependentStepInput

export const updateDependentWorkflowId = "update-dependent"

/** Changes one of the customer's dependents. */
export const updateDependentWorkflow = createWorkflow(updateDependentWorkflowId, (input: UpdateDependentWorkflowInput) =>
  new WorkflowResponse(updateDependentStep(input))
)
