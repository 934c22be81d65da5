import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchRefundRequest(id: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [request] } = await query.graph({ entity: "ticket_refund_request", fields, filters: { id } })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Refund request with id: ${id} was not found`)
  return request
}
