import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"

export const DEPENDENT_RELATIONS = ["child", "partner", "parent", "sibling", "other"] as const
export type DependentRelation = (typeof DEPENDENT_RELATIONS)[number]

/** A person who comes with a customer (a child, say), attachable to tickets that allow dependents. */
export const Dependent = model.define("dependent", {
  id: model.id({ prefix: "dep" }).primaryKey(),
  customer_id: model.text(),
  name: model.text(),
  birth_date: model.dateTime(),
  relation: model.text(),
  tickets: model.manyToMany(() => Ticket, { mappedBy: "dependents" }),
})
