import { Checkbox, Label, Select, Text } from "@medusajs/ui"
import { useAssignUsher } from "../../../hooks/use-checkin-setup"
import { useDrawerForm } from "../../../hooks/use-drawer-form"
import { useUshers } from "../../../hooks/use-ushers"
import type { CheckinGate, UsherRole } from "../../../lib/checkin-types"
import { FieldError } from "../../common/field-error"
import { FormDrawer } from "../../common/form-drawer"

type AssignUsherDrawerProps = {
  eventId: string
  gates: CheckinGate[]
}

const EMPTY = { usherId: "", role: "usher" as UsherRole, gateIds: [] as string[] }

/** "Assign usher": who, as usher or lead (leads also see conflicts live), at which gates. */
export const AssignUsherDrawer = ({ eventId, gates }: AssignUsherDrawerProps) => {
  const drawer = useDrawerForm(EMPTY)
  const { form, set, touched } = drawer
  const { ushers } = useUshers()
  const { mutate: assign, isPending } = useAssignUsher(eventId)
  const usher = ushers.find((candidate) => candidate.id === form.usherId)

  const toggleGate = (id: string, checked: boolean) =>
    set({ gateIds: checked ? [...form.gateIds, id] : form.gateIds.filter((other) => other !== id) })

  const handleSubmit = () => {
    drawer.touch()
    if (!usher) return
    assign(
      { usher_id: usher.id, role: form.role, gate_ids: form.gateIds, usherName: usher.name },
      { onSuccess: drawer.close }
    )
  }

  return (
    <FormDrawer
      open={drawer.open}
      onOpenChange={drawer.onOpenChange}
      trigger="Assign usher"
      title="Assign usher"
      description="Assigning someone already here changes their role and gates."
      submitLabel="Assign"
      isPending={isPending}
      onSubmit={handleSubmit}
      bodyClassName="flex flex-col gap-y-4 overflow-y-auto"
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="assign-usher">Usher</Label>
        <Select value={form.usherId} onValueChange={(usherId) => set({ usherId })}>
          <Select.Trigger id="assign-usher" aria-label="Usher" aria-invalid={touched && !usher}>
            <Select.Value placeholder={ushers.length ? "Choose an usher" : "No ushers yet: create one first"} />
          </Select.Trigger>
          <Select.Content>
            {ushers.map((candidate) => (
              <Select.Item key={candidate.id} value={candidate.id}>
                {candidate.name} ({candidate.email})
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <FieldError>{touched && !usher && "Choose who to assign."}</FieldError>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="assign-role">Role</Label>
        <Select value={form.role} onValueChange={(role) => set({ role: role as UsherRole })}>
          <Select.Trigger id="assign-role" aria-label="Role">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="usher">Usher</Select.Item>
            <Select.Item value="lead">Lead (sees conflicts live)</Select.Item>
          </Select.Content>
        </Select>
      </div>
      <fieldset className="flex flex-col gap-y-2">
        <Label>Gates</Label>
        <Text size="small" className="text-ui-fg-subtle">
          None ticked: every gate.
        </Text>
        {gates.map((gate) => (
          <div key={gate.id} className="flex items-center gap-x-2">
            <Checkbox
              id={`assign-gate-${gate.id}`}
              checked={form.gateIds.includes(gate.id)}
              onCheckedChange={(checked) => toggleGate(gate.id, checked === true)}
            />
            <Label htmlFor={`assign-gate-${gate.id}`} size="small">
              {gate.name}
            </Label>
          </div>
        ))}
      </fieldset>
    </FormDrawer>
  )
}
