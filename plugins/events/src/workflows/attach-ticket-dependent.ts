import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DependentAttachment } from "../modules/events/utils/dependents"
import { attachTicketDependentStep } from "./steps"

export type AttachTicketDependentWorkflowInput = DependentAttachment

export const attachTicketDependentWorkflowId = "attach-ticket-dependent"

/** Attaches one of the customer's dependents to one of their tickets, within the ticket type's allowance. */
export const attachTicketDependentWorkflow = createWorkflow(attachTicketDependentWorkflowId, (input: AttachTicketDependentWorkflowInput) =>
  new WorkflowResponse(attachTicketDependentStep(input))
)
