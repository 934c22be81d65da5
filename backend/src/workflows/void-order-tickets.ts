import { WorkflowResponse, createHook, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { voidTicketsStep } from "./steps"

export type VoidOrderTicketsWorkflowInput = { order_id: string }

export const voidOrderTicketsWorkflowId = "void-order-tickets"

/**
 * A canceled order's tickets become `void` and their version goes up by one, so credentials
 * already on phones and tags verify as `revoked`. Only valid tickets change: a re-run bumps nothing.
 */
export const voidOrderTicketsWorkflow = createWorkflow(
  voidOrderTicketsWorkflowId,
  (input: VoidOrderTicketsWorkflowInput) => {
    const { data: tickets } = useQueryGraphStep({
      entity: "ticket",
      fields: ["id", "status"],
      filters: { order_id: input.order_id },
    }).config({ name: "get-order-tickets" })

    const ids = transform({ tickets }, ({ tickets }) =>
      (tickets as { id: string; status: string }[]).filter((ticket) => ticket.status === "valid").map((ticket) => ticket.id)
    )

    const voided = voidTicketsStep({ ids })

    const ticketsVoided = createHook("ticketsVoided", { order_id: input.order_id, tickets: voided })

    return new WorkflowResponse(voided, { hooks: [ticketsVoided] })
  }
)
