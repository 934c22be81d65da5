import { model } from "@medusajs/framework/utils"

/**
 * A customer asking for one ticket's money back. An admin approves it into a Medusa refund on the
 * order's payment (and the ticket is refunded, its credential revoked) or rejects it. At most one
 * request per ticket is pending at a time.
 */
export const RefundRequest = model
  .define("ticket_refund_request", {
    id: model.id({ prefix: "rfq" }).primaryKey(),
    ticket_id: model.text(),
    customer_id: model.text(),
    order_id: model.text().nullable(),
    reason: model.text().nullable(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    currency_code: model.text().nullable(),
    amount: model.bigNumber().nullable(),
    refund_id: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decision_note: model.text().nullable(),
  })
  .indexes([
    { on: ["ticket_id"], unique: true, where: "status = 'pending'" },
    { on: ["customer_id"] },
    { on: ["status"] },
  ])
