import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeDependentWorkflow, updateDependentWorkflow } from "../../../../../../workflows"
import { refetchOwn, storeDependentFields } from "../../helpers"
import type { StoreUpdateDependentType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdateDependentType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await updateDependentWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id, customer_id: customerId } })
  const dependent = await refetchOwn(req.scope, "dependent", { id: req.params.id, customer_id: customerId }, storeDependentFields, "Dependent")
  res.json({ dependent })
}

/** Deletes the dependent and detaches it from every ticket it was on. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeDependentWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "dependent", deleted: true })
}
