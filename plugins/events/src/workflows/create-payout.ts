import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { computeEventPayoutStep, createPayoutStep } from "./steps"

export type CreatePayoutWorkflowInput = {
  event_id: string
  /** Needed only when the event sold tickets in more than one currency. */
  currency_code?: string
}

export const createPayoutWorkflowId = "create-payout"

/**
 * Pays an organizer for an event's sales not yet paid out: gross (the valid tickets' sale prices),
 * fees (gross × the organizer's fee_bps / 10 000) and net, under an invoice number PAY-YYYY-NNNN.
 * One payout per event is computed at a time (a lock), so concurrent requests never pay the same
 * sales twice; a later payout covers only what sold since.
 */
export const createPayoutWorkflow = createWorkflow(createPayoutWorkflowId, (input: CreatePayoutWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `payout:${input.event_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const figures = computeEventPayoutStep(input)
  const payout = createPayoutStep(figures)
  releaseLockStep({ key: lockKey })

  const payoutCreated = createHook("payoutCreated", { payout_id: payout.id, event_id: input.event_id })
  return new WorkflowResponse(payout, { hooks: [payoutCreated] })
})
