import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type InfoRowProps = {
  label: string
  children: ReactNode
}

/** One labelled fact in a section, laid out like the dashboard's detail rows. */
export const InfoRow = ({ label, children }: InfoRowProps) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="flex flex-wrap items-center gap-2">{children}</div>
  </div>
)
