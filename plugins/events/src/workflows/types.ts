/** A date as a caller gives it: a Date in code, an ISO 8601 string over HTTP or after a workflow checkpoint. */
export type DateInput = Date | string

/**
 * A kind of ticket to sell. Price, currency and capacity go to Medusa (a priced product variant
 * whose inventory level at the event's stock location is the capacity); the rest stays on the
 * ticket type row.
 */
export type TicketTypeInput = {
  name: string
  tier: string
  description?: string | null
  /** In the currency's major unit, as Medusa 2 stores prices: 45 is €45.00. */
  price: number
  currency_code: string
  capacity: number
  sales_starts_at?: DateInput | null
  sales_ends_at?: DateInput | null
  /** Zones (or gates) the ticket admits to; empty or absent means the whole venue. */
  admits?: string[] | null
  allows_dependents?: boolean
  max_dependents?: number
}
