import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrganizerWorkflow } from "../../../workflows"
import { refetchOrganizer } from "./helpers"
import type { AdminCreateOrganizerType, AdminGetOrganizersParamsType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetOrganizersParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields
  const escaped = q?.replace(/[\\%_]/g, (character) => `\\${character}`)
  const { data: organizers, metadata } = await query.graph({
    entity: "organizer",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(escaped ? { name: { $ilike: `%${escaped}%` } } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ organizers, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateOrganizerType>, res: MedusaResponse) {
  const { result } = await createOrganizerWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ organizer: await refetchOrganizer(result.id, req.scope, req.queryConfig.fields) })
}
