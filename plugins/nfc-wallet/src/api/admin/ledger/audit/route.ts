import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"

/** The ledger's invariants checked now: both lists are empty when every balance matches its postings and every transaction balances. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const audit = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).auditLedger()
  res.json({ audit: { ...audit, healthy: !audit.unbalanced_accounts.length && !audit.unbalanced_transactions.length } })
}
