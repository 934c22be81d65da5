import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDependentStep } from "./steps"
import type { CreateDependentStepInput } from "./steps"

export type CreateDependentWorkflowInput = CreateDependentStepInput

export const createDependentWorkflowId = "create-dependent"

/** Adds a person (a child, say) the customer can attach to tickets that admit dependents. */
export const createDependentWorkflow = createWorkflow(createDependentWorkflowId, (input: CreateDependentWorkflowInput) =>
  new WorkflowResponse(createDependentStep(input))
)
