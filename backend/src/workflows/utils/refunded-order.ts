type Amount = number | string | { value?: string } | null | undefined

export type RefundedPayment = {
  payment_collection?: {
    order?: {
      id: string
      payment_collections?: { payments?: { amount: Amount; canceled_at?: unknown; refunds?: { amount: Amount }[] | null }[] | null }[] | null
    } | null
  } | null
}

const numeric = (amount: Amount) => Number(typeof amount === "object" && amount !== null ? amount.value : amount ?? 0)

/** The payment's order when everything the order was paid has been refunded; undefined otherwise. */
export function fullyRefundedOrderId(payment: RefundedPayment | undefined): string | undefined {
  const order = payment?.payment_collection?.order
  if (!order) return undefined
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? []).filter((p) => !p.canceled_at)
  const paid = payments.reduce((sum, p) => sum + numeric(p.amount), 0)
  const refunded = payments.reduce((sum, p) => sum + (p.refunds ?? []).reduce((s, r) => s + numeric(r.amount), 0), 0)
  return paid > 0 && refunded >= paid ? order.id : undefined
}
