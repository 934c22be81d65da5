const formats = new Map<string, Intl.NumberFormat>()

const currencyFormat = (currencyCode: string) => {
  const code = currencyCode.toUpperCase()
  let format = formats.get(code)
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: "currency", currency: code })
    formats.set(code, format)
  }
  return format
}

/**
 * An amount in minor units (what the wallet API stores: 5000 is €50.00) as localised money.
 * The currency's own fraction digits decide the divisor, so JPY (0) and KWD (3) come out right too.
 */
export const formatMinorUnits = (amount: number, currencyCode: string): string => {
  const format = currencyFormat(currencyCode)
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(Number(amount) / 10 ** digits)
}

/** Like formatMinorUnits, with an explicit sign for credits, as on a statement. */
export const formatSignedMinorUnits = (amount: number, currencyCode: string): string =>
  Number(amount) > 0 ? `+${formatMinorUnits(amount, currencyCode)}` : formatMinorUnits(amount, currencyCode)
