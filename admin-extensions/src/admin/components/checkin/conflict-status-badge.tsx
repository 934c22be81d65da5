import { StatusBadge } from "@medusajs/ui"
import type { ConflictStatus } from "../../lib/checkin-types"

export const ConflictStatusBadge = ({ status }: { status: ConflictStatus }) =>
  status === "open" ? <StatusBadge color="red">Open</StatusBadge> : <StatusBadge color="green">Resolved</StatusBadge>
