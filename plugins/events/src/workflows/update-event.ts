import { ProductStatus } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, type WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type UpdateProductWorkflowInput, updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateEventStep, validateUpdateEventStep } from "./steps"
import type { UpdateEventStepInput, ValidateUpdateEventStepInput } from "./steps"
import { fromJsonList } from "./utils/json-list"

export type UpdateEventWorkflowInput = UpdateEventStepInput & { additional_data?: Record<string, unknown> }

type StoredEvent = NonNullable<ValidateUpdateEventStepInput["event"]> & {
  title: string
  description?: string | null
  images?: unknown
  product?: { id: string } | null
}

const STOPS_SELLING = new Set(["ended", "cancelled"])

/**
 * What the event's product must change to follow the event: its title, description and images,
 * and no more sales (draft, hidden from the store) once the event has ended or is cancelled.
 */
function productFollowUp({ event, input }: { event?: StoredEvent | null; input: UpdateEventWorkflowInput }): UpdateProductWorkflowInput | null {
  const productId = event?.product?.id
  if (!productId) return null
  const update: Extract<UpdateProductWorkflowInput, { selector: unknown }>["update"] = {}
  if (input.title !== undefined) update.title = input.title
  if (input.description !== undefined) update.description = input.description
  if (input.images !== undefined) {
    const images = fromJsonList(input.images)
    update.images = images.map((url) => ({ url }))
    update.thumbnail = images[0] ?? null
  }
  if (input.status !== undefined && input.status !== event?.status && STOPS_SELLING.has(input.status)) {
    update.status = ProductStatus.DRAFT
  }
  return Object.keys(update).length ? { selector: { id: productId }, update } : null
}

export const updateEventWorkflowId = "update-event"

/**
 * Updates an event: checks the status lifecycle (draft → published → ended, draft | published →
 * cancelled) and the dates, writes the event, and keeps its product in step with it.
 */
export const updateEventWorkflow = createWorkflow(updateEventWorkflowId, (input: UpdateEventWorkflowInput) => {
  const { data: events } = useQueryGraphStep({
    entity: "event",
    fields: ["id", "status", "title", "description", "starts_at", "ends_at", "doors_open_at", "ticket_types.name", "ticket_types.sales_ends_at", "product.id"],
    filters: { id: input.id },
  })
  const event = transform({ events }, ({ events }): StoredEvent | null => (events[0] as StoredEvent | undefined) ?? null)

  validateUpdateEventStep(
    transform({ event, input }, ({ event, input }): ValidateUpdateEventStepInput => ({ event, id: input.id, update: input }))
  )

  const updated = updateEventStep(
    transform({ input }, ({ input }): UpdateEventStepInput => {
      const { additional_data: _additionalData, ...changes } = input
      return changes
    })
  )

  const productUpdate = transform({ event, input }, productFollowUp)
  when({ productUpdate }, ({ productUpdate }) => productUpdate !== null).then(() => {
    // runs only when productUpdate is not null (the condition above)
    updateProductsWorkflow.runAsStep({ input: productUpdate as WorkflowData<UpdateProductWorkflowInput> })
  })

  const eventUpdated = createHook("eventUpdated", { event_id: updated.id, additional_data: input.additional_data })

  return new WorkflowResponse(updated, { hooks: [eventUpdated] })
})
