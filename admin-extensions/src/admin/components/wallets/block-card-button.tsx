import { Button, usePrompt } from "@medusajs/ui"
import { useBlockCard } from "../../hooks/use-cards"
import type { Card } from "../../lib/wallet-types"

/** Offered for cards that can pay (assigned or active); the API refuses the others. */
export const BlockCardButton = ({ card }: { card: Card }) => {
  const prompt = usePrompt()
  const { mutate: block, isPending } = useBlockCard()

  const handleClick = async () => {
    const confirmed = await prompt({
      title: `Block card ${card.serial_number}?`,
      description:
        "It stops paying and opening gates at once; stands drop it on their next sync. The balance stays in the holder's wallet.",
      variant: "danger",
      confirmText: "Block",
      cancelText: "Cancel",
    })
    if (confirmed) block(card.id)
  }

  return (
    <Button size="small" variant="danger" isLoading={isPending} onClick={handleClick}>
      Block
    </Button>
  )
}
