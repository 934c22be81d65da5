import { StatusBadge } from "@medusajs/ui"
import type { CardStatus } from "../../lib/wallet-types"

const STATUS_APPEARANCE = {
  in_stock: { color: "grey", label: "In stock" },
  assigned: { color: "blue", label: "Assigned" },
  active: { color: "green", label: "Active" },
  blocked: { color: "red", label: "Blocked" },
  lost: { color: "orange", label: "Lost" },
  replaced: { color: "grey", label: "Replaced" },
} as const satisfies Record<CardStatus, { color: "grey" | "blue" | "green" | "red" | "orange"; label: string }>

export const cardStatusLabel = (status: CardStatus) => STATUS_APPEARANCE[status].label

export const CardStatusBadge = ({ status }: { status: CardStatus }) => {
  const { color, label } = STATUS_APPEARANCE[status]
  return <StatusBadge color={color}>{label}</StatusBadge>
}
