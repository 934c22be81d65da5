import type { ReservationItemDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ReleaseTicketSeatStepInput = { line_item_id: string }

export const releaseTicketSeatStepId = "release-ticket-seat-step"

/**
 * Gives a refunded ticket's seat back to inventory by shrinking its order line's reservation by one
 * (deleting it at zero): availability is stocked minus reserved, so the seat can be sold again.
 * A line without a reservation (already fulfilled) is left alone. Undo restores the reservation.
 */
export const releaseTicketSeatStep = createStep(
  releaseTicketSeatStepId,
  async ({ line_item_id }: ReleaseTicketSeatStepInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const [reservation] = await inventory.listReservationItems({ line_item_id })
    if (!reservation) return new StepResponse({ released: false }, {})
    const quantity = Number(reservation.quantity)
    if (quantity > 1) {
      await inventory.updateReservationItems({ id: reservation.id, quantity: quantity - 1 })
    } else {
      await inventory.deleteReservationItems(reservation.id)
    }
    return new StepResponse({ released: true }, { reservation })
  },
  async (undo: { reservation?: ReservationItemDTO } | undefined, { container }) => {
    const reservation = undo?.reservation
    if (!reservation) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (Number(reservation.quantity) > 1) {
      await inventory.updateReservationItems({ id: reservation.id, quantity: Number(reservation.quantity) })
      return
    }
    await inventory.createReservationItems({
      line_item_id: reservation.line_item_id,
      inventory_item_id: reservation.inventory_item_id,
      location_id: reservation.location_id,
      quantity: 1,
    })
  }
)
