import { Label, Textarea } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-drawer-form"
import { useResolveConflict } from "../../hooks/use-checkin"
import type { Conflict } from "../../lib/checkin-types"
import { conflictTicketLabel } from "../../lib/conflict-label"
import { FieldError } from "../common/field-error"
import { FormDrawer } from "../common/form-drawer"

type ResolveConflictDrawerProps = {
  eventId: string
  conflict: Conflict
}

/** "Resolve" for an open conflict: the note saying what happened at the gate is required. */
export const ResolveConflictDrawer = ({ eventId, conflict }: ResolveConflictDrawerProps) => {
  const drawer = useDrawerForm({ note: "" })
  const { mutate: resolve, isPending } = useResolveConflict(eventId)
  const note = drawer.form.note
  const missing = !note.trim()
  const noteId = `resolve-note-${conflict.id}`

  const handleSubmit = () => {
    drawer.touch()
    if (missing) return
    resolve({ conflictId: conflict.id, note: note.trim() }, { onSuccess: drawer.close })
  }

  return (
    <FormDrawer
      open={drawer.open}
      onOpenChange={drawer.onOpenChange}
      trigger="Resolve"
      title="Resolve conflict"
      description={
        <>
          {conflictTicketLabel(conflict)} was admitted offline
          {conflict.usher_name ? ` by ${conflict.usher_name}` : ""} on {conflict.device_id ?? "a device"} while already
          inside (first admitted{conflict.other_usher_name ? ` by ${conflict.other_usher_name}` : ""} on{" "}
          {conflict.other_device_id ?? "another device"}).
        </>
      }
      submitLabel="Resolve"
      isPending={isPending}
      onSubmit={handleSubmit}
      bodyClassName="flex flex-col gap-y-2"
    >
      <Label htmlFor={noteId}>Note</Label>
      <Textarea
        id={noteId}
        name="note"
        value={note}
        rows={5}
        maxLength={4000}
        aria-invalid={drawer.touched && missing}
        placeholder="What was found at the gate and what was done"
        onChange={(event) => drawer.set({ note: event.target.value })}
      />
      <FieldError>{drawer.touched && missing && "A note is required: say what was done."}</FieldError>
    </FormDrawer>
  )
}
