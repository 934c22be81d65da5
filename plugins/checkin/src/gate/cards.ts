import type { MedusaContainer } from "@medusajs/framework/types"
import type { ScanReason } from "../modules/checkin/types"
import { type GateCard, gateCardResolver } from "../modules/checkin/utils/card-resolver"
import type { GateTicket } from "./tickets"

/** Cards by id through the registered resolver (none registered: no card is known). */
export async function loadCards(scope: MedusaContainer, eventId: string, ids: string[]): Promise<Map<string, GateCard>> {
  const resolver = ids.length ? gateCardResolver(scope) : undefined
  if (!resolver) return new Map()
  const cards = await resolver.cards(scope, eventId, [...new Set(ids)])
  return new Map(cards.map((card) => [card.id, card]))
}

/** Later refusals say more to the usher: a valid ticket of another type ("go to the VIP gate") beats a void one. */
const REFUSAL_ORDER: ScanReason[] = ["invalid", "not_open", "blocked"]

/**
 * A verified card credential judged against the card and its holder's tickets at this event: the
 * tickets this gate would let through, oldest first, or the reason none is (with the ticket shown to
 * the usher). Blocked or lost → `blocked`; replaced → `revoked` (a credential signed before either
 * change is already `revoked` by its version); no holder or no ticket here → `not_found`, or
 * `wrong_event` when the card is bound to another event or the holder's tickets are for another one.
 */
export function judgeCard(
  card: GateCard | undefined,
  signedSerial: string | undefined,
  eventId: string,
  tickets: Map<string, GateTicket>,
  admits: (ticket: GateTicket) => ScanReason | null
): { tickets: GateTicket[] } | { reason: ScanReason; ticket?: GateTicket } {
  if (!card || card.state === "unassigned") return { reason: "not_found" }
  // the signature binds the tag's serial number; a card whose serial differs is not the one signed
  if (signedSerial !== card.serial_number) return { reason: "forged" }
  if (card.state === "blocked") return { reason: "blocked" }
  if (card.state === "replaced") return { reason: "revoked" }
  if (card.event_id && card.event_id !== eventId) return { reason: "wrong_event" }

  const held = card.ticket_ids.flatMap((id) => {
    const ticket = tickets.get(id)
    return ticket && ticket.event_id === eventId ? [ticket] : []
  })
  if (!held.length) return { reason: card.tickets_elsewhere ? "wrong_event" : "not_found" }
  const judged = held.map((ticket) => ({ ticket, refusal: admits(ticket) }))
  const passing = judged.filter((entry) => !entry.refusal).map((entry) => entry.ticket)
  if (passing.length) return { tickets: passing }
  const worst = judged.reduce((a, b) =>
    REFUSAL_ORDER.indexOf(b.refusal as ScanReason) > REFUSAL_ORDER.indexOf(a.refusal as ScanReason) ? b : a
  )
  return { reason: worst.refusal as ScanReason, ticket: worst.ticket }
}
