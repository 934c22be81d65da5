import { StatusBadge } from "@medusajs/ui"
import type { BalanceRefundRunStatus } from "../../lib/wallet-types"

const STATUS_APPEARANCE = {
  running: { color: "blue", label: "Running" },
  completed: { color: "green", label: "Completed" },
  completed_with_errors: { color: "orange", label: "Completed with errors" },
  failed: { color: "red", label: "Stopped" },
} as const satisfies Record<BalanceRefundRunStatus, { color: "blue" | "green" | "orange" | "red"; label: string }>

export const BalanceRefundRunStatusBadge = ({ status }: { status: BalanceRefundRunStatus }) => {
  const { color, label } = STATUS_APPEARANCE[status]
  return <StatusBadge color={color}>{label}</StatusBadge>
}
