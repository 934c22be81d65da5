import { Input, Label } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-drawer-form"
import { useReplaceCard } from "../../hooks/use-cards"
import { normaliseSerialInput } from "../../lib/serial-number"
import type { Card } from "../../lib/wallet-types"
import { FieldError } from "../common/field-error"
import { FormDrawer } from "../common/form-drawer"

const HEX_BYTES = /^([0-9a-f]{2}){1,10}$/

/** Moves the holder to a card in stock, named by its serial number (as printed or read by a reader). */
export const ReplaceCardDrawer = ({ card }: { card: Card }) => {
  const drawer = useDrawerForm({ serial: "" })
  const { mutate: replace, isPending } = useReplaceCard()
  const normalised = normaliseSerialInput(drawer.form.serial)
  const invalid = !HEX_BYTES.test(normalised)
  const inputId = `replace-serial-${card.id}`

  const handleSubmit = () => {
    drawer.touch()
    if (invalid) return
    replace({ cardId: card.id, serialNumber: normalised }, { onSuccess: drawer.close })
  }

  return (
    <FormDrawer
      open={drawer.open}
      onOpenChange={drawer.onOpenChange}
      trigger="Replace"
      title={`Replace card ${card.serial_number}`}
      description="The holder gets a card from stock; this one is marked replaced and stops working. The balance stays in the wallet."
      submitLabel="Replace"
      isPending={isPending}
      onSubmit={handleSubmit}
      bodyClassName="flex flex-col gap-y-2"
    >
      <Label htmlFor={inputId}>Serial number of the new card</Label>
      <Input
        id={inputId}
        name="serial_number"
        value={drawer.form.serial}
        placeholder="04:A2:1B:…"
        autoComplete="off"
        aria-invalid={drawer.touched && invalid}
        onChange={(event) => drawer.set({ serial: event.target.value })}
      />
      <FieldError>{drawer.touched && invalid && "Enter the card's serial number: hex bytes, bare or colon-separated."}</FieldError>
    </FormDrawer>
  )
}
