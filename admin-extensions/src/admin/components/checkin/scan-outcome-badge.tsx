import { StatusBadge } from "@medusajs/ui"
import type { ScanOutcome } from "../../lib/checkin-types"

const OUTCOME_APPEARANCE = {
  admitted: { color: "green", label: "Admitted" },
  exited: { color: "blue", label: "Exited" },
  rejected: { color: "red", label: "Rejected" },
} as const satisfies Record<ScanOutcome, { color: "green" | "blue" | "red"; label: string }>

export const scanOutcomeLabel = (outcome: ScanOutcome) => OUTCOME_APPEARANCE[outcome].label

export const ScanOutcomeBadge = ({ outcome }: { outcome: ScanOutcome }) => {
  const { color, label } = OUTCOME_APPEARANCE[outcome]
  return <StatusBadge color={color}>{label}</StatusBadge>
}
