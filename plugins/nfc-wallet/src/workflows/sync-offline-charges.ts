import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type OfflineCharge, applyOfflineChargesStep } from "./steps"

export type SyncOfflineChargesWorkflowInput = { merchant_id: string; charges: OfflineCharge[] }

export const syncOfflineChargesWorkflowId = "sync-offline-charges"

/** A stand's queued offline debits, applied in device-time order, each exactly once. */
export const syncOfflineChargesWorkflow = createWorkflow(syncOfflineChargesWorkflowId, (input: SyncOfflineChargesWorkflowInput) => {
  return new WorkflowResponse(applyOfflineChargesStep(input))
})
