import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeDependentStep } from "./steps"
import type { RemoveDependentStepInput } from "./steps"

export type RemoveDependentWorkflowInput = RemoveDependentStepInput

export const removeDependentWorkflowId = "remove-dependent"

/** Deletes one of the customer's dependents and detaches it from their tickets. */
export const removeDependentWorkflow = createWorkflow(removeDependentWorkflowId, (input: RemoveDependentWorkflowInput) =>
  new WorkflowResponse(removeDependentStep(input))
)
