export const defaultAdminVenueFields = [
  "id",
  "name",
  "address_1",
  "city",
  "postal_code",
  "country_code",
  "latitude",
  "longitude",
  "capacity",
  "zones",
  "created_at",
  "updated_at",
]

export const retrieveVenueQueryConfig = { defaults: defaultAdminVenueFields, isList: false }
export const listVenueQueryConfig = { defaults: defaultAdminVenueFields, isList: true }
