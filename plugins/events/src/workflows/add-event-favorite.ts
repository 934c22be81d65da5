import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addEventFavoriteStep } from "./steps"
import type { EventFavoriteStepInput } from "./steps"

export type AddEventFavoriteWorkflowInput = EventFavoriteStepInput

export const addEventFavoriteWorkflowId = "add-event-favorite"

/** Remembers an event for the customer; idempotent. */
export const addEventFavoriteWorkflow = createWorkflow(addEventFavoriteWorkflowId, (input: AddEventFavoriteWorkflowInput) =>
  new WorkflowResponse(addEventFavoriteStep(input))
)
