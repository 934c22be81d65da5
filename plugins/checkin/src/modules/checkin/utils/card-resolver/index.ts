import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * The gate's extension point for cards and wristbands. Cards live in another plugin, so the gate
 * does not read them: whoever composes the platform registers a `GateCardResolver` in the Medusa
 * container under `GATE_CARD_RESOLVER` (backend does, from the wallet). With none registered, card
 * credentials answer `not_found`. Import it as `@tessera/checkin/modules/checkin/utils/card-resolver`.
 */
export const GATE_CARD_RESOLVER = "gateCardResolver"

/**
 * A card as the gate judges it. `state` is in the gate's words: `active` (has a holder and may be
 * used), `blocked` (blocked or reported lost), `replaced` (superseded by another card), `unassigned`
 * (no holder). `version` is the card's current credential version: older credentials are revoked.
 */
export type GateCard = {
  id: string
  serial_number: string
  state: "active" | "blocked" | "replaced" | "unassigned"
  version: number
  /** The event the card is bound to, if any. */
  event_id: string | null
  /** The holder's tickets at the event asked about, whatever their status, oldest first. */
  ticket_ids: string[]
  /** Whether the holder has a valid ticket at another event (a card shown at the wrong gate). */
  tickets_elsewhere: boolean
}

export type GateCardResolver = {
  /** Cards by id with their holder's tickets at `eventId`; unknown ids are left out. On every card scan: keep it to a query or two. */
  cards(scope: MedusaContainer, eventId: string, cardIds: string[]): Promise<GateCard[]>
  /**
   * For the offline snapshot: the cards of holders with tickets at `eventId` (`since` null), or the
   * cards whose answer to `cards` may have changed since `since` (the card, or its holder's tickets
   * at the event, including tickets given away), so a device's copy stays exact by upserting by id.
   */
  changedCards(scope: MedusaContainer, eventId: string, since: Date | null): Promise<GateCard[]>
}

/** The registered resolver, if any. */
export function gateCardResolver(scope: MedusaContainer): GateCardResolver | undefined {
  return scope.resolve<GateCardResolver | undefined>(GATE_CARD_RESOLVER, { allowUnregistered: true }) ?? undefined
}
