import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rotateCredentialKeyWorkflow } from "../../../../workflows"

export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await rotateCredentialKeyWorkflow(req.scope).run()
  res.json({ credential_key: result })
}
