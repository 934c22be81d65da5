import { Copy, Text } from "@medusajs/ui"
import { truncateMiddle } from "../lib/format"

type PublicKeyCellProps = {
  publicKey: string
}

/** The public key shortened in the middle, with a button that copies all of it. */
export const PublicKeyCell = ({ publicKey }: PublicKeyCellProps) => (
  <div className="flex items-center gap-x-1">
    <Text size="small" className="font-mono" title={publicKey}>
      {truncateMiddle(publicKey)}
    </Text>
    <Copy content={publicKey} className="text-ui-fg-muted" />
  </div>
)
