import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { NewPayout } from "../../modules/events/service"
import { payoutFigures, revenueByCurrency, ticketSales } from "../utils/ticket-sales"
import { fieldError } from "../utils/validations/field-error"

export type ComputeEventPayoutStepInput = { event_id: string; currency_code?: string }

export const computeEventPayoutStepId = "compute-event-payout-step"

/**
 * What an event's organizer is owed now, in one currency: the valid tickets' sale prices, less what
 * earlier payouts of the event already covered, less the organizer's fee. Refuses a missing event
 * (404), an ambiguous or unsold currency (400 `currency_code`) and nothing left to pay (400 `event_id`).
 * Reads only; run it under the event's payout lock so two payouts cannot cover the same sales.
 */
export const computeEventPayoutStep = createStep(
  computeEventPayoutStepId,
  async (input: ComputeEventPayoutStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const [event] = await events.listEvents({ id: input.event_id }, { relations: ["organizer"] })
    if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with id: ${input.event_id} was not found`)

    const revenue = revenueByCurrency(await ticketSales(container, [event.id]))
    const currencies = Object.keys(revenue)
    const currency = input.currency_code?.toLowerCase() ?? (currencies.length === 1 ? currencies[0] : undefined)
    if (!currency) {
      throw currencies.length
        ? fieldError(MedusaError.Types.INVALID_DATA, "currency_code", `tickets were sold in ${currencies.join(", ")}: name one`)
        : fieldError(MedusaError.Types.INVALID_DATA, "event_id", `event ${event.id} has no sold tickets to pay out`)
    }
    if (revenue[currency] === undefined) {
      throw fieldError(MedusaError.Types.INVALID_DATA, "currency_code", `event ${event.id} sold no tickets in ${currency}`)
    }

    const earlier = await events.listPayouts({ event_id: event.id, currency_code: currency }, { select: ["gross"] })
    const paidOut = earlier.reduce((sum, payout) => sum + Number(payout.gross), 0)
    const { gross, fees } = payoutFigures(revenue[currency], paidOut, event.organizer.fee_bps)
    if (gross <= 0) {
      throw fieldError(MedusaError.Types.INVALID_DATA, "event_id", `earlier payouts already cover every ticket of event ${event.id} sold in ${currency}`)
    }
    const payout: NewPayout = { event_id: event.id, organizer_id: event.organizer.id, currency_code: currency, gross, fees }
    return new StepResponse(payout)
  }
)
