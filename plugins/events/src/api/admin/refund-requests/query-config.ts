export const defaultAdminRefundRequestFields = [
  "id",
  "ticket_id",
  "customer_id",
  "order_id",
  "reason",
  "status",
  "amount",
  "currency_code",
  "refund_id",
  "decided_by",
  "decided_at",
  "decision_note",
  "created_at",
  "updated_at",
]

export const listRefundRequestQueryConfig = { defaults: defaultAdminRefundRequestFields, isList: true }
export const retrieveRefundRequestQueryConfig = { defaults: defaultAdminRefundRequestFields, isList: false }
