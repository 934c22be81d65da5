import { StatusBadge } from "@medusajs/ui"

type EnabledBadgeProps = {
  enabled: boolean
}

export const EnabledBadge = ({ enabled }: EnabledBadgeProps) => (
  <StatusBadge color={enabled ? "green" : "grey"}>
    {enabled ? "Enabled" : "Disabled"}
  </StatusBadge>
)
