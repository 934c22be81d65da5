import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeWalletCardStatusWorkflow } from "../../../../../../../workflows"

/** The customer reports one of their cards lost: its credential stops working at once (another customer's card is a 404). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await changeWalletCardStatusWorkflow(req.scope).run({
    input: { card_id: req.params.id, to: "lost", customer_id: req.auth_context.actor_id },
  })
  res.json({ card: result })
}
