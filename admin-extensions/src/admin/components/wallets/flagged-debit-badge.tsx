import { StatusBadge, Tooltip } from "@medusajs/ui"

/** Marks an offline debit the server accepted although it overdrew the wallet or the card's offline cap. */
export const FlaggedDebitBadge = () => (
  <Tooltip content="Taken offline at a stand; it overdrew the wallet or the card's offline cap. Review it.">
    <StatusBadge color="red">Flagged: offline overdraw</StatusBadge>
  </Tooltip>
)
