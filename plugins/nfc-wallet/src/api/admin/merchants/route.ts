import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMerchantWorkflow } from "../../../workflows"
import { refetchMerchant } from "./helpers"
import type { AdminCreateMerchantType, AdminGetMerchantsParamsType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetMerchantsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: merchants, metadata } = await query.graph({
    entity: "merchant",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ merchants, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

/** Creates a merchant with its stands and its login (`/auth/merchant/emailpass`). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateMerchantType>, res: MedusaResponse) {
  const { result } = await createMerchantWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ merchant: await refetchMerchant(result.merchant.id, req.scope, req.queryConfig.fields) })
}
