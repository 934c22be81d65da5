import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CREDENTIAL_MODULE } from "../../../modules/credential"
import type CredentialModuleService from "../../../modules/credential/service"

/** Public halves only: the private key never leaves the module. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const credentials = req.scope.resolve<CredentialModuleService>(CREDENTIAL_MODULE)
  const keys = await credentials.listPublicKeys()
  res.json({ credential_keys: keys, count: keys.length })
}
