import { fullyRefundedOrderId } from "../utils/refunded-order"

const payment = (payments: { amount: number; refunds?: number[]; canceled?: boolean }[]) => ({
  payment_collection: {
    order: {
      id: "order_1",
      payment_collections: [
        { payments: payments.map((p) => ({ amount: p.amount, canceled_at: p.canceled ? new Date() : null, refunds: (p.refunds ?? []).map((amount) => ({ amount })) })) },
      ],
    },
  },
})

describe("fullyRefundedOrderId", () => {
  it("should name the order once its refunds cover what was paid", () => {
    expect(fullyRefundedOrderId(payment([{ amount: 90, refunds: [45, 45] }]))).toBe("order_1")
    expect(fullyRefundedOrderId(payment([{ amount: 90, refunds: [90] }, { amount: 10, canceled: true }]))).toBe("order_1")
  })

  it("should name nothing for a partial refund, an unpaid order or a payment without order", () => {
    expect(fullyRefundedOrderId(payment([{ amount: 90, refunds: [45] }]))).toBeUndefined()
    expect(fullyRefundedOrderId(payment([{ amount: 0 }]))).toBeUndefined()
    expect(fullyRefundedOrderId({ payment_collection: { order: null } })).toBeUndefined()
    expect(fullyRefundedOrderId(undefined)).toBeUndefined()
  })
})
