import { Badge, Button, Table, Text, usePrompt } from "@medusajs/ui"
import { useUnassignUsher } from "../../../hooks/use-checkin-setup"
import type { CheckinGate, UsherAssignment } from "../../../lib/checkin-types"

type AssignmentsTableProps = {
  eventId: string
  assignments: UsherAssignment[]
  gates: CheckinGate[]
}

const gatesOf = (assignment: UsherAssignment, gates: CheckinGate[]) =>
  assignment.gate_ids?.length
    ? assignment.gate_ids.map((id) => gates.find((gate) => gate.id === id)?.name ?? id).join(", ")
    : "Every gate"

/** Who scans here: name, login, role and gates; removing asks first. */
export const AssignmentsTable = ({ eventId, assignments, gates }: AssignmentsTableProps) => {
  const prompt = usePrompt()
  const { mutate: unassign, isPending } = useUnassignUsher(eventId)

  if (!assignments.length) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        No ushers assigned yet.
      </Text>
    )
  }

  const remove = async (assignment: UsherAssignment) => {
    const confirmed = await prompt({
      title: `Remove ${assignment.usher.name}?`,
      description: "They can no longer scan at this event; scans they already made stay.",
      variant: "danger",
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (confirmed) unassign({ assignmentId: assignment.id, usherName: assignment.usher.name })
  }

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Usher</Table.HeaderCell>
          <Table.HeaderCell>Sign-in</Table.HeaderCell>
          <Table.HeaderCell>Role</Table.HeaderCell>
          <Table.HeaderCell>Gates</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {assignments.map((assignment) => (
          <Table.Row key={assignment.id} data-usher={assignment.usher.email}>
            <Table.Cell>{assignment.usher.name}</Table.Cell>
            <Table.Cell>{assignment.usher.email}</Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={assignment.role === "lead" ? "purple" : "grey"}>
                {assignment.role === "lead" ? "Lead" : "Usher"}
              </Badge>
            </Table.Cell>
            <Table.Cell>{gatesOf(assignment, gates)}</Table.Cell>
            <Table.Cell className="text-right">
              <Button size="small" variant="transparent" disabled={isPending} onClick={() => remove(assignment)}>
                Remove
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
