import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DependentAttachment } from "../modules/events/utils/dependents"
import { detachTicketDependentStep } from "./steps"

export type DetachTicketDependentWorkflowInput = DependentAttachment

export const detachTicketDependentWorkflowId = "detach-ticket-dependent"

/** Detaches a dependent from one of the customer's tickets. */
export const detachTicketDependentWorkflow = createWorkflow(detachTicketDependentWorkflowId, (input: DetachTicketDependentWorkflowInput) =>
  new WorkflowResponse(detachTicketDependentStep(input))
)
