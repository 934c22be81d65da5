export const defaultAdminOrganizerFields = ["id", "name", "email", "phone", "fee_bps", "metadata", "created_at", "updated_at"]

export const retrieveOrganizerQueryConfig = { defaults: defaultAdminOrganizerFields, isList: false }
export const listOrganizerQueryConfig = { defaults: defaultAdminOrganizerFields, isList: true }
