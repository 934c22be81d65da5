import { Button, Drawer, Input, Label, Text } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useReplaceCard } from "../../hooks/use-cards"
import { normaliseSerialInput } from "../../lib/serial-number"
import type { Card } from "../../lib/wallet-types"

const HEX_BYTES = /^([0-9a-f]{2}){1,10}$/

/** Moves the holder to a card in stock, named by its serial number (as printed or read by a reader). */
export const ReplaceCardDrawer = ({ card }: { card: Card }) => {
  const [open, setOpen] = useState(false)
  const [serial, setSerial] = useState("")
  const [touched, setTouched] = useState(false)
  const { mutate: replace, isPending } = useReplaceCard()
  const normalised = normaliseSerialInput(serial)
  const invalid = !HEX_BYTES.test(normalised)
  const inputId = `replace-serial-${card.id}`

  const handleOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setSerial("")
      setTouched(false)
    }
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (invalid) return
    replace({ cardId: card.id, serialNumber: normalised }, { onSuccess: () => handleOpenChange(false) })
  }

  return (
    <Drawer open={open} onOpenChange={handleOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Replace
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Replace card {card.serial_number}</Drawer.Title>
            <Drawer.Description>
              The holder gets a card from stock; this one is marked replaced and stops working. The balance stays in the
              wallet.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-2">
            <Label htmlFor={inputId}>Serial number of the new card</Label>
            <Input
              id={inputId}
              name="serial_number"
              value={serial}
              placeholder="04:A2:1B:…"
              autoComplete="off"
              aria-invalid={touched && invalid}
              onChange={(event) => setSerial(event.target.value)}
            />
            {touched && invalid && (
              <Text size="small" className="text-ui-fg-error">
                Enter the card's serial number: hex bytes, bare or colon-separated.
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Replace
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
