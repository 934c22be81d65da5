import { Checkbox, Input, Label, Select, Switch, Text } from "@medusajs/ui"
import { useCreateGate } from "../../../hooks/use-checkin-setup"
import { useDrawerForm } from "../../../hooks/use-drawer-form"
import type { CheckinList, TicketTypeSummary } from "../../../lib/checkin-types"
import { FieldError } from "../../common/field-error"
import { FormDrawer } from "../../common/form-drawer"

const NEW_LIST = "new"

type AddGateDrawerProps = {
  eventId: string
  lists: CheckinList[]
  ticketTypes: TicketTypeSummary[]
}

const EMPTY = { name: "", listId: NEW_LIST, listName: "", ticketTypeIds: [] as string[], reentry: false, opensAt: "", closesAt: "" }

/** A datetime-local value as an instant in the admin's own time zone; null when empty. */
const instant = (value: string) => (value ? new Date(value).toISOString() : null)

/** "Add gate": a gate applies one list; either an existing one or a new one made with it. */
export const AddGateDrawer = ({ eventId, lists, ticketTypes }: AddGateDrawerProps) => {
  const drawer = useDrawerForm(EMPTY)
  const { form, set, touched } = drawer
  const { mutate: createGate, isPending } = useCreateGate(eventId)
  const newList = form.listId === NEW_LIST
  const windowBackwards = !!form.opensAt && !!form.closesAt && form.opensAt >= form.closesAt
  const missingName = !form.name.trim()

  const toggleType = (id: string, checked: boolean) =>
    set({ ticketTypeIds: checked ? [...form.ticketTypeIds, id] : form.ticketTypeIds.filter((other) => other !== id) })

  const handleSubmit = () => {
    drawer.touch()
    if (missingName || (newList && windowBackwards)) return
    const list = newList
      ? {
          name: form.listName.trim() || form.name.trim(),
          ticket_type_ids: form.ticketTypeIds,
          allow_reentry: form.reentry,
          opens_at: instant(form.opensAt),
          closes_at: instant(form.closesAt),
        }
      : { id: form.listId }
    createGate({ name: form.name.trim(), list }, { onSuccess: drawer.close })
  }

  return (
    <FormDrawer
      open={drawer.open}
      onOpenChange={drawer.onOpenChange}
      trigger="Add gate"
      title="Add gate"
      description="A gate applies one check-in list: which tickets it admits, re-entry and when."
      submitLabel="Add gate"
      isPending={isPending}
      onSubmit={handleSubmit}
      bodyClassName="flex flex-col gap-y-4 overflow-y-auto"
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="gate-name">Gate name</Label>
        <Input id="gate-name" value={form.name} maxLength={200} aria-invalid={touched && missingName} onChange={(e) => set({ name: e.target.value })} />
        <FieldError>{touched && missingName && "A gate needs a name."}</FieldError>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="gate-list">List</Label>
        <Select value={form.listId} onValueChange={(listId) => set({ listId })}>
          <Select.Trigger id="gate-list" aria-label="List">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NEW_LIST}>A new list</Select.Item>
            {lists.map((list) => (
              <Select.Item key={list.id} value={list.id}>
                {list.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {newList && (
        <>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="list-name">List name</Label>
            <Input id="list-name" value={form.listName} maxLength={200} placeholder={form.name || "As the gate"} onChange={(e) => set({ listName: e.target.value })} />
          </div>
          <fieldset className="flex flex-col gap-y-2">
            <Label>Admits</Label>
            <Text size="small" className="text-ui-fg-subtle">
              None ticked: every ticket type of the event.
            </Text>
            {ticketTypes.map((type) => (
              <div key={type.id} className="flex items-center gap-x-2">
                <Checkbox
                  id={`list-type-${type.id}`}
                  checked={form.ticketTypeIds.includes(type.id)}
                  onCheckedChange={(checked) => toggleType(type.id, checked === true)}
                />
                <Label htmlFor={`list-type-${type.id}`} size="small">
                  {type.name}
                </Label>
              </div>
            ))}
          </fieldset>
          <div className="flex items-center gap-x-2">
            <Switch id="list-reentry" checked={form.reentry} onCheckedChange={(reentry) => set({ reentry })} />
            <Label htmlFor="list-reentry">Re-entry allowed (out, then in again)</Label>
          </div>
          <div className="grid grid-cols-2 gap-x-4">
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="list-opens">Opens</Label>
              <Input id="list-opens" type="datetime-local" value={form.opensAt} onChange={(e) => set({ opensAt: e.target.value })} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="list-closes">Closes</Label>
              <Input id="list-closes" type="datetime-local" value={form.closesAt} aria-invalid={touched && windowBackwards} onChange={(e) => set({ closesAt: e.target.value })} />
            </div>
          </div>
          <FieldError>{touched && windowBackwards && "Closes must be after opens."}</FieldError>
        </>
      )}
    </FormDrawer>
  )
}
