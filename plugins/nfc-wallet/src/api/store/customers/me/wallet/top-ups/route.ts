import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addWalletTopUpToCartWorkflow } from "../../../../../../workflows"
import type { StoreAddTopUpType } from "../../validators"

/** Puts a top-up of `amount` (minor units) into the customer's cart; checkout as usual, and the wallet is credited when the order is placed. */
export async function POST(req: AuthenticatedMedusaRequest<StoreAddTopUpType>, res: MedusaResponse) {
  await addWalletTopUpToCartWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: req.auth_context.actor_id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "total", "items.id", "items.title", "items.unit_price", "items.quantity", "items.metadata"],
    filters: { id: req.validatedBody.cart_id },
  })
  res.json({ cart })
}
