import { model } from "@medusajs/framework/utils"
import { Event } from "./event"

export type VenueZone = { name: string; capacity: number }

export const Venue = model.define("venue", {
  id: model.id({ prefix: "ven" }).primaryKey(),
  name: model.text().searchable(),
  address_1: model.text(),
  city: model.text().searchable(),
  postal_code: model.text().nullable(),
  country_code: model.text(),
  latitude: model.float().nullable(),
  longitude: model.float().nullable(),
  capacity: model.number(),
  zones: model.json().nullable(),
  events: model.hasMany(() => Event, { mappedBy: "venue" }),
})
