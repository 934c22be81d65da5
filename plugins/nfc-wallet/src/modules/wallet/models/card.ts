import { model } from "@medusajs/framework/utils"

export const CARD_KINDS = ["card", "wristband"] as const
export const CARD_STATUSES = ["in_stock", "assigned", "active", "blocked", "lost", "replaced"] as const
/** Statuses a stand may charge. */
export const CHARGEABLE_CARD_STATUSES = ["assigned", "active"] as const

/**
 * An NFC card or wristband. The serial number (the tag's UID, lowercase hex) is bound into its
 * signed credential; `version` goes in too, and blocking, losing or replacing a card bumps it so
 * every credential written before verifies as revoked. `offline_cap` bounds what stands may debit
 * it without reaching the server (minor units).
 */
export const Card = model
  .define("wallet_card", {
    id: model.id({ prefix: "card" }).primaryKey(),
    serial_number: model.text().searchable(),
    kind: model.enum([...CARD_KINDS]).default("wristband"),
    status: model.enum([...CARD_STATUSES]).default("in_stock"),
    version: model.number().default(1),
    customer_id: model.text().nullable(),
    event_id: model.text().nullable(),
    offline_cap: model.number().default(2000),
    replaced_by_id: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["serial_number"], unique: true },
    { on: ["customer_id"] },
  ])
