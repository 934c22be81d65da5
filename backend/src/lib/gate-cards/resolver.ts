import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { GateCard, GateCardResolver } from "@tessera/checkin/modules/checkin/utils/card-resolver"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { type CardRow, cardsById, changedCards } from "./queries"

/**
 * The wallet's card statuses in the gate's words. Blocked and lost cards are `blocked`; a replaced card
 * is `replaced` (the gate answers `revoked`: its holder has a new card); a card in stock has no holder.
 */
const STATES: Record<string, GateCard["state"]> = {
  assigned: "active",
  active: "active",
  blocked: "blocked",
  lost: "blocked",
  replaced: "replaced",
  in_stock: "unassigned",
}

const toGateCard = ({ status, ...row }: CardRow): GateCard => ({ ...row, state: STATES[status] ?? "unassigned" })
const knexOf = (scope: MedusaContainer) => scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** Cards and wristbands at the gate: a wallet card → its holder (customer) → the holder's tickets at the event. */
export const walletGateCards: GateCardResolver = {
  async cards(scope, eventId, cardIds) {
    return (await cardsById(knexOf(scope), eventId, cardIds)).map(toGateCard)
  },
  async changedCards(scope, eventId, since) {
    return (await changedCards(knexOf(scope), eventId, since)).map(toGateCard)
  },
}
