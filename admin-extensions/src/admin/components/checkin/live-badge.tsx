import { StatusBadge, Tooltip } from "@medusajs/ui"
import type { LiveState } from "../../hooks/use-checkin-live"

const LIVE_APPEARANCE = {
  live: { color: "green", label: "Live", hint: "Figures follow the gates' stream as scans arrive." },
  connecting: { color: "orange", label: "Connecting", hint: "Refreshing every few seconds until the stream is back." },
  offline: { color: "grey", label: "Polling", hint: "The stream is unavailable; refreshing every few seconds." },
} as const satisfies Record<LiveState, { color: "green" | "orange" | "grey"; label: string; hint: string }>

export const LiveBadge = ({ state }: { state: LiveState }) => {
  const { color, label, hint } = LIVE_APPEARANCE[state]
  return (
    <Tooltip content={hint}>
      <StatusBadge color={color}>{label}</StatusBadge>
    </Tooltip>
  )
}
