import { Button, Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useResolveConflict } from "../../hooks/use-checkin"
import type { Conflict } from "../../lib/checkin-types"
import { conflictTicketLabel } from "../../lib/conflict-label"

type ResolveConflictDrawerProps = {
  eventId: string
  conflict: Conflict
}

/** "Resolve" for an open conflict: the note saying what happened at the gate is required. */
export const ResolveConflictDrawer = ({ eventId, conflict }: ResolveConflictDrawerProps) => {
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState("")
  const [touched, setTouched] = useState(false)
  const { mutate: resolve, isPending } = useResolveConflict(eventId)
  const missing = !note.trim()
  const noteId = `resolve-note-${conflict.id}`

  const handleOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setNote("")
      setTouched(false)
    }
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (missing) return
    resolve({ conflictId: conflict.id, note: note.trim() }, { onSuccess: () => handleOpenChange(false) })
  }

  return (
    <Drawer open={open} onOpenChange={handleOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Resolve
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Resolve conflict</Drawer.Title>
            <Drawer.Description>
              {conflictTicketLabel(conflict)} was admitted offline
              {conflict.usher_name ? ` by ${conflict.usher_name}` : ""} on {conflict.device_id ?? "a device"} while already
              inside (first admitted{conflict.other_usher_name ? ` by ${conflict.other_usher_name}` : ""} on{" "}
              {conflict.other_device_id ?? "another device"}).
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-2">
            <Label htmlFor={noteId}>Note</Label>
            <Textarea
              id={noteId}
              name="note"
              value={note}
              rows={5}
              maxLength={4000}
              aria-invalid={touched && missing}
              placeholder="What was found at the gate and what was done"
              onChange={(event) => setNote(event.target.value)}
            />
            {touched && missing && (
              <Text size="small" className="text-ui-fg-error">
                A note is required: say what was done.
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
              Resolve
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
