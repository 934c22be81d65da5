import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDependentWorkflow } from "../../../../../workflows"
import { refetchOwn, storeDependentFields } from "../helpers"
import type { StoreCreateDependentType, StoreGetPageParamsType } from "../validators"

/** The customer's dependents, oldest first (the order they were added). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetPageParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreGetPageParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: dependents, metadata } = await query.graph({
    entity: "dependent",
    fields: storeDependentFields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC", id: "ASC" } },
  })
  res.json({ dependents, count: metadata?.count ?? dependents.length, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateDependentType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result } = await createDependentWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: customerId } })
  const dependent = await refetchOwn(req.scope, "dependent", { id: result.id, customer_id: customerId }, storeDependentFields, "Dependent")
  res.status(201).json({ dependent })
}
