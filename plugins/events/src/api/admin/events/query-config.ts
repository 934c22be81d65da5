/** What an admin sees of an event in a list: enough for a table row. */
export const defaultAdminEventListFields = [
  "id",
  "title",
  "handle",
  "category",
  "status",
  "is_featured",
  "images",
  "starts_at",
  "ends_at",
  "timezone",
  "created_at",
  "updated_at",
  "venue.id",
  "venue.name",
  "venue.city",
  "organizer.id",
  "organizer.name",
  "product.id",
]

/** One event in full: venue, organizer, where it sells, and each ticket type with its variant, prices and stock. */
export const defaultAdminEventFields = [
  ...defaultAdminEventListFields.filter((field) => !field.startsWith("venue.") && !field.startsWith("organizer.")),
  "description",
  "doors_open_at",
  "venue.*",
  "organizer.id",
  "organizer.name",
  "organizer.email",
  "organizer.phone",
  "stock_location.id",
  "stock_location.name",
  "product.handle",
  "product.status",
  "ticket_types.*",
  "ticket_types.product_variant.id",
  "ticket_types.product_variant.sku",
  "ticket_types.product_variant.prices.amount",
  "ticket_types.product_variant.prices.currency_code",
  "ticket_types.product_variant.inventory_items.inventory.location_levels.location_id",
  "ticket_types.product_variant.inventory_items.inventory.location_levels.stocked_quantity",
  "ticket_types.product_variant.inventory_items.inventory.location_levels.reserved_quantity",
]

export const retrieveEventQueryConfig = { defaults: defaultAdminEventFields, isList: false }
export const listEventQueryConfig = { defaults: defaultAdminEventListFields, isList: true }
