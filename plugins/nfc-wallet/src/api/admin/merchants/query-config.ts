export const defaultAdminMerchantFields = [
  "id",
  "name",
  "email",
  "phone",
  "status",
  "created_at",
  "stands.id",
  "stands.name",
  "stands.event_id",
  "stands.currency_code",
]

export const listMerchantQueryConfig = { defaults: defaultAdminMerchantFields, isList: true }
export const retrieveMerchantQueryConfig = { defaults: defaultAdminMerchantFields, isList: false }
