export const defaultPayoutFields = [
  "id",
  "event_id",
  "organizer_id",
  "invoice_number",
  "year",
  "sequence",
  "currency_code",
  "gross",
  "fees",
  "net",
  "status",
  "paid_at",
  "created_at",
  "updated_at",
]

// Own columns only: the module service reads them, and nothing else can be asked for.
const config = { defaults: defaultPayoutFields, allowed: defaultPayoutFields }
export const retrievePayoutQueryConfig = { ...config, isList: false }
export const listPayoutQueryConfig = { ...config, isList: true }
