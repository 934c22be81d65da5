import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundRequestInput } from "../modules/events/utils/refunds"
import { createRefundRequestStep } from "./steps"

export type RequestTicketRefundWorkflowInput = RefundRequestInput

export const requestTicketRefundWorkflowId = "request-ticket-refund"

/** A customer asks for one valid ticket's money back; an admin decides. */
export const requestTicketRefundWorkflow = createWorkflow(requestTicketRefundWorkflowId, (input: RequestTicketRefundWorkflowInput) =>
  new WorkflowResponse(createRefundRequestStep(input))
)
