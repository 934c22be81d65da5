/** What a customer sees of a ticket: the ticket, a summary of its event and its ticket type, and who comes with it. */
export const storeTicketFields = [
  "id",
  "code",
  "status",
  "version",
  "holder_name",
  "order_id",
  "event_id",
  "created_at",
  "event.id",
  "event.title",
  "event.starts_at",
  "event.ends_at",
  "event.timezone",
  "event.venue.name",
  "event.venue.city",
  "ticket_type.id",
  "ticket_type.name",
  "ticket_type.tier",
  "ticket_type.allows_dependents",
  "ticket_type.max_dependents",
  "dependents.id",
  "dependents.name",
  "dependents.birth_date",
  "dependents.relation",
]

export const listStoreTicketsQueryConfig = { defaults: storeTicketFields, defaultLimit: 20, isList: true }

export const retrieveStoreTicketQueryConfig = { defaults: storeTicketFields, isList: false }
