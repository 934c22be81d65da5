/** A ticket in an admin table: who holds it, for what, and its state. */
export const defaultAdminTicketListFields = [
  "id",
  "code",
  "status",
  "version",
  "holder_name",
  "holder_email",
  "customer_id",
  "order_id",
  "line_item_id",
  "unit_index",
  "created_at",
  "updated_at",
  "event.id",
  "event.title",
  "event.starts_at",
  "ticket_type.id",
  "ticket_type.name",
  "ticket_type.tier",
]

/** One ticket with its history: transfers (never their token hash) and dependents; refund requests are added by the route. */
export const defaultAdminTicketFields = [
  ...defaultAdminTicketListFields,
  "transfers.id",
  "transfers.kind",
  "transfers.status",
  "transfers.from_customer_id",
  "transfers.to_email",
  "transfers.to_phone",
  "transfers.message",
  "transfers.expires_at",
  "transfers.accepted_at",
  "transfers.accepted_by_customer_id",
  "transfers.created_at",
  "dependents.id",
  "dependents.name",
  "dependents.birth_date",
  "dependents.relation",
]

export const listTicketQueryConfig = { defaults: defaultAdminTicketListFields, isList: true }
export const retrieveTicketQueryConfig = { defaults: defaultAdminTicketFields, isList: false }
