import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeWalletCardStatusWorkflow } from "../../../../../workflows"

/** Blocks any card; its credential stops working at once and leaves every stand's snapshot on the next sync. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await changeWalletCardStatusWorkflow(req.scope).run({ input: { card_id: req.params.id, to: "blocked" } })
  res.json({ card: result })
}
