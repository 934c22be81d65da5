import { Text } from "@medusajs/ui"
import { formatMinorUnits, formatSignedMinorUnits } from "../../lib/money"

type MoneyTextProps = {
  /** Minor units, as the wallet API sends them. */
  amount: number
  currencyCode: string
  /** Statement style: "+€5.00" for credits. */
  signed?: boolean
}

/** Money in the table's type; below zero shows in the error colour, as only flagged debits get there. */
export const MoneyText = ({ amount, currencyCode, signed = false }: MoneyTextProps) => (
  <Text size="small" leading="compact" className={Number(amount) < 0 ? "text-ui-fg-error tabular-nums" : "tabular-nums"}>
    {signed ? formatSignedMinorUnits(amount, currencyCode) : formatMinorUnits(amount, currencyCode)}
  </Text>
)
