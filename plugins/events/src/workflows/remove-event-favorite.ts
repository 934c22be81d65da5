import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeEventFavoriteStep } from "./steps"
import type { EventFavoriteStepInput } from "./steps"

export type RemoveEventFavoriteWorkflowInput = EventFavoriteStepInput

export const removeEventFavoriteWorkflowId = "remove-event-favorite"

/** Forgets a favorite event for the customer; idempotent. */
export const removeEventFavoriteWorkflow = createWorkflow(removeEventFavoriteWorkflowId, (input: RemoveEventFavoriteWorkflowInput) =>
  new WorkflowResponse(removeEventFavoriteStep(input))
)
