import { StatusBadge } from "@medusajs/ui"
import type { CredentialKeyStatus } from "../lib/types"

const STATUS_APPEARANCE = {
  active: { color: "green", label: "Active" },
  retired: { color: "orange", label: "Retired" },
  revoked: { color: "red", label: "Revoked" },
} as const satisfies Record<CredentialKeyStatus, { color: "green" | "orange" | "red"; label: string }>

type CredentialKeyStatusBadgeProps = {
  status: CredentialKeyStatus
}

export const CredentialKeyStatusBadge = ({ status }: CredentialKeyStatusBadgeProps) => {
  const { color, label } = STATUS_APPEARANCE[status]
  return <StatusBadge color={color}>{label}</StatusBadge>
}
