import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A form problem under its field; nothing when there is none to show. */
export const FieldError = ({ children }: { children: ReactNode }) =>
  children ? (
    <Text size="small" className="text-ui-fg-error">
      {children}
    </Text>
  ) : null
