import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCredentialKeyWorkflow } from "../../../../../workflows"

export async function POST(req: MedusaRequest<unknown, { kid: string }>, res: MedusaResponse) {
  const { result } = await revokeCredentialKeyWorkflow(req.scope).run({ input: { kid: req.params.kid } })
  res.json({ credential_key: result })
}
