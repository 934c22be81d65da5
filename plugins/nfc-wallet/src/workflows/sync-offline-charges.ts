import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { type OfflineCharge, applyOfflineChargesStep, requestWalletAutoReloadStep } from "./steps"

export type SyncOfflineChargesWorkflowInput = { merchant_id: string; charges: OfflineCharge[] }

export const syncOfflineChargesWorkflowId = "sync-offline-charges"

/** A stand's queued offline debits, applied in device-time order, each exactly once. */
export const syncOfflineChargesWorkflow = createWorkflow(syncOfflineChargesWorkflowId, (input: SyncOfflineChargesWorkflowInput) => {
  const results = applyOfflineChargesStep(input)
  requestWalletAutoReloadStep(
    transform({ results }, ({ results }) => results.flatMap((r) => (r.status === "applied" && r.transaction ? [{ debit: r.transaction }] : [])))
  )
  return new WorkflowResponse(results)
})
