import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import { customerByMobile, customerGlimpse } from "../helpers"
import type { MerchantFindCustomerType } from "../validators"

/** Verifies that a mobile number belongs to a customer, before a card is handed over: who, and how many cards they hold. */
export async function POST(req: AuthenticatedMedusaRequest<MerchantFindCustomerType>, res: MedusaResponse) {
  const customer = await customerByMobile(req.scope, req.validatedBody.mobile)
  const [, cards] = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).listAndCountCards(
    { customer_id: customer.id, status: ["assigned", "active", "blocked"] },
    { select: ["id"], take: 1 }
  )
  res.json({ customer: { ...customerGlimpse(customer), cards } })
}
