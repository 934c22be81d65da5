import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import type { AdminCreateAdjustmentType } from "../validators"

/**
 * Credits a customer's wallet from the platform float (a goodwill credit, a cash top-up at the desk),
 * once per idempotency key and within the wallet's maximum balance.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAdjustmentType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { customer_id, currency_code, amount, idempotency_key, description } = req.validatedBody
  const holder = await wallet.ensureWallet(customer_id, currency_code)
  const transaction = await wallet.creditFromFloat({
    wallet_id: holder.id,
    amount,
    kind: "adjustment",
    idempotency_key: `adjustment:${idempotency_key}`,
    description: description ?? "Credit by an admin",
    metadata: { admin_id: req.auth_context.actor_id },
    within_max_balance: true,
  })
  res.json({ transaction })
}
