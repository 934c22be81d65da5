import { model } from "@medusajs/framework/utils"

export const Favorite = model
  .define("event_favorite", {
    id: model.id({ prefix: "fav" }).primaryKey(),
    customer_id: model.text(),
    event_id: model.text(),
  })
  .indexes([{ on: ["customer_id", "event_id"], unique: true }])
