import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { voidTicketStep } from "./steps"
import type { VoidTicketStepInput } from "./steps"

export type VoidTicketWorkflowInput = VoidTicketStepInput

export const voidTicketWorkflowId = "void-ticket"

/** An admin voids one ticket: status void, version + 1, so every credential signed for it is revoked. */
export const voidTicketWorkflow = createWorkflow(voidTicketWorkflowId, (input: VoidTicketWorkflowInput) => {
  const voided = voidTicketStep(input)
  const ticketVoided = createHook("ticketVoided", { ticket: voided })
  return new WorkflowResponse(voided, { hooks: [ticketVoided] })
})
