import { Badge, Table, Text } from "@medusajs/ui"
import type { CheckinList, TicketTypeSummary } from "../../../lib/checkin-types"
import { formatDateTime } from "../../../lib/format"

type GatesTableProps = {
  lists: CheckinList[]
  ticketTypes: TicketTypeSummary[]
}

const admits = (list: CheckinList, ticketTypes: TicketTypeSummary[]) =>
  list.ticket_type_ids?.length
    ? list.ticket_type_ids.map((id) => ticketTypes.find((type) => type.id === id)?.name ?? id).join(", ")
    : "Every ticket type"

const scanWindow = (list: CheckinList) =>
  list.opens_at || list.closes_at
    ? `${list.opens_at ? formatDateTime(list.opens_at) : "…"} – ${list.closes_at ? formatDateTime(list.closes_at) : "…"}`
    : "Always"

/** Each gate with the list it applies: what it admits, re-entry and when it accepts scans. */
export const GatesTable = ({ lists, ticketTypes }: GatesTableProps) => {
  if (!lists.length) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        No gates yet: add one, with the list of what it admits.
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Gates</Table.HeaderCell>
          <Table.HeaderCell>List</Table.HeaderCell>
          <Table.HeaderCell>Admits</Table.HeaderCell>
          <Table.HeaderCell>Re-entry</Table.HeaderCell>
          <Table.HeaderCell>Window</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {lists.map((list) => (
          <Table.Row key={list.id} data-list={list.name}>
            <Table.Cell>{list.gates.length ? list.gates.map((gate) => gate.name).join(", ") : <Badge size="2xsmall">No gate</Badge>}</Table.Cell>
            <Table.Cell>{list.name}</Table.Cell>
            <Table.Cell>{admits(list, ticketTypes)}</Table.Cell>
            <Table.Cell>{list.allow_reentry ? "Allowed" : "No"}</Table.Cell>
            <Table.Cell>{scanWindow(list)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
