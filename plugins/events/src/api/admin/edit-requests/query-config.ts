export const defaultAdminEditRequestFields = [
  "id",
  "event_id",
  "organizer_id",
  "changes",
  "reason",
  "status",
  "decided_by",
  "decided_at",
  "decision_note",
  "created_at",
  "updated_at",
]

// Own columns only: the module service reads them, and nothing else can be asked for.
const config = { defaults: defaultAdminEditRequestFields, allowed: defaultAdminEditRequestFields }
export const retrieveEditRequestQueryConfig = { ...config, isList: false }
export const listEditRequestQueryConfig = { ...config, isList: true }
