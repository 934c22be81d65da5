import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notAllowed } from "../../modules/events/utils/errors"

export type FindTicketPaymentStepInput = { ticket_id: string }

export type TicketPayment = {
  order_id: string
  line_item_id: string
  payment_id: string
  /** The ticket's line-item unit price: what one ticket cost. */
  amount: number
  currency_code: string
}

type OrderPayments = {
  id: string
  currency_code: string
  items: { id: string; unit_price: number }[]
  payment_collections: { payments: { id: string; amount: number; canceled_at: string | null }[] }[]
}

export const findTicketPaymentStepId = "find-ticket-payment-step"

/** The order payment that paid for a ticket and the amount one ticket cost; 400 when the ticket was never paid for. */
export const findTicketPaymentStep = createStep(
  findTicketPaymentStepId,
  async ({ ticket_id }: FindTicketPaymentStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [ticket] } = await query.graph({ entity: "ticket", fields: ["id", "order_id", "line_item_id"], filters: { id: ticket_id } })
    const { data: [order] } = ticket?.order_id && ticket.line_item_id
      ? await query.graph({
          entity: "order",
          fields: [
            "id",
            "currency_code",
            "items.id",
            "items.unit_price",
            "payment_collections.payments.id",
            "payment_collections.payments.amount",
            "payment_collections.payments.canceled_at",
          ],
          filters: { id: ticket.order_id },
        })
      : { data: [] }
    const paid = order as OrderPayments | undefined
    const item = paid?.items.find((line) => line.id === ticket?.line_item_id)
    const payment = paid?.payment_collections.flatMap((collection) => collection.payments).find((p) => !p.canceled_at)
    if (!paid || !item || !payment) throw notAllowed("id", `Ticket ${ticket_id} has no paid order to refund`)
    const found: TicketPayment = {
      order_id: paid.id,
      line_item_id: item.id,
      payment_id: payment.id,
      amount: Number(item.unit_price),
      currency_code: paid.currency_code,
    }
    return new StepResponse(found)
  }
)
