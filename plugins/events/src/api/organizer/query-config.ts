import { defaultAdminEditRequestFields } from "../admin/edit-requests/query-config"
import { defaultAdminEventListFields } from "../admin/events/query-config"
import { defaultPayoutFields } from "../admin/payouts/query-config"

/**
 * Every organizer route answers a fixed set of fields (`allowed` = the defaults): a free `fields`
 * parameter could walk a relation (an event's venue → the venue's other events) into what is not theirs.
 */
const fixed = (fields: string[], isList: boolean) => ({ defaults: fields, allowed: fields, isList })

export const organizerFields = ["id", "name", "email", "phone", "fee_bps", "created_at"]

// The admin's list row without whom it belongs to and what it sells through.
const eventListFields = [
  ...defaultAdminEventListFields.filter((field) => !field.startsWith("organizer.") && !field.startsWith("product.")),
  "doors_open_at",
]

/** One event with what its analytics need: ticket types with their price and stock at the event's location. */
export const eventAnalyticsFields = [
  ...eventListFields,
  "description",
  "stock_location.id",
  "ticket_types.id",
  "ticket_types.name",
  "ticket_types.tier",
  "ticket_types.rank",
  "ticket_types.sales_starts_at",
  "ticket_types.sales_ends_at",
  "ticket_types.product_variant.id",
  "ticket_types.product_variant.prices.amount",
  "ticket_types.product_variant.prices.currency_code",
  "ticket_types.product_variant.inventory_items.inventory.location_levels.location_id",
  "ticket_types.product_variant.inventory_items.inventory.location_levels.stocked_quantity",
  "ticket_types.product_variant.inventory_items.inventory.location_levels.reserved_quantity",
]

const ticketFields = ["id", "code", "status", "holder_name", "holder_email", "ticket_type_id", "order_id", "created_at", "updated_at"]

// What the organizer sees of a decision: not which admin made it.
const editRequestFields = defaultAdminEditRequestFields.filter((field) => field !== "decided_by")

export const listOrganizerEventsQueryConfig = fixed(eventListFields, true)
export const listOrganizerTicketsQueryConfig = fixed(ticketFields, true)
export const retrieveOrganizerEditRequestQueryConfig = fixed(editRequestFields, false)
export const listOrganizerEditRequestsQueryConfig = fixed(editRequestFields, true)
export const retrieveOrganizerPayoutQueryConfig = fixed(defaultPayoutFields, false)
export const listOrganizerPayoutsQueryConfig = fixed(defaultPayoutFields, true)
