import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One venue, read again after a change; 404 when there is none. */
export async function refetchVenue(id: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [venue] } = await query.graph({ entity: "venue", fields, filters: { id } })
  if (!venue) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Venue with id: ${id} was not found`)
  return venue
}
