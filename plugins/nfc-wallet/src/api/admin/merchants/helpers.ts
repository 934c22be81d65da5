import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchMerchant(id: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [merchant] } = await query.graph({ entity: "merchant", fields, filters: { id } })
  if (!merchant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Merchant ${id} was not found`)
  return merchant
}
