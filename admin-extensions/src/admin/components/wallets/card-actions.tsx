import type { Card } from "../../lib/wallet-types"
import { BlockCardButton } from "./block-card-button"
import { ReplaceCardDrawer } from "./replace-card-drawer"

const BLOCKABLE = new Set<Card["status"]>(["assigned", "active"])
const REPLACEABLE = new Set<Card["status"]>(["assigned", "active", "blocked", "lost"])

/** What the API allows for a card in its status: block one that pays, replace one that has a holder. */
export const CardActions = ({ card }: { card: Card }) => (
  <div className="flex items-center justify-end gap-x-2">
    {BLOCKABLE.has(card.status) && <BlockCardButton card={card} />}
    {REPLACEABLE.has(card.status) && card.customer_id && <ReplaceCardDrawer card={card} />}
  </div>
)
