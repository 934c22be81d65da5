import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One organizer, read again after a change; 404 when there is none. */
export async function refetchOrganizer(id: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [organizer] } = await query.graph({ entity: "organizer", fields, filters: { id } })
  if (!organizer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Organizer with id: ${id} was not found`)
  return organizer
}
