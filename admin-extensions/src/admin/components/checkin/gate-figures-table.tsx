import { Table, Text } from "@medusajs/ui"
import type { CheckinGate, GateFigures } from "../../lib/checkin-types"

type GateFiguresTableProps = {
  gates: CheckinGate[]
  figures: GateFigures[]
}

/** Admitted, exited and rejected per gate; gates without scans yet show zeros. */
export const GateFiguresTable = ({ gates, figures }: GateFiguresTableProps) => {
  const byGate = new Map(figures.map((row) => [row.gate_id, row]))
  // scans may name a gate that was since removed: keep their counts visible under the id
  const rows = [
    ...gates.map((gate) => ({ id: gate.id, name: gate.name, ...(byGate.get(gate.id) ?? { admitted: 0, exited: 0, rejected: 0 }) })),
    ...figures.filter((row) => !gates.some((gate) => gate.id === row.gate_id)).map((row) => ({ id: row.gate_id, name: row.gate_id, ...row })),
  ]
  if (!rows.length) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        This event has no gates yet.
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Gate</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Admitted</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Exited</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Rejected</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.id} data-gate={row.name}>
            <Table.Cell>{row.name}</Table.Cell>
            <Table.Cell className="text-right">{row.admitted}</Table.Cell>
            <Table.Cell className="text-right">{row.exited}</Table.Cell>
            <Table.Cell className="text-right">{row.rejected}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
