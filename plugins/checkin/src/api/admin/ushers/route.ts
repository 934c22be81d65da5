import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createUsherWorkflow } from "../../../workflows"
import { checkinOf } from "../helpers"
import type { AdminCreateUsherType, AdminGetUshersParamsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetUshersParamsType>, res: MedusaResponse) {
  const { q, offset, limit } = req.validatedQuery as AdminGetUshersParamsType
  const [ushers, count] = await checkinOf(req.scope).listAndCountUshers(q ? { q } : {}, {
    select: ["id", "name", "email", "phone", "created_at"],
    relations: ["assignments"],
    order: { created_at: "DESC" },
    skip: offset,
    take: limit,
  })
  res.json({ ushers, count, offset, limit })
}

/** An usher with a password: they log in at POST /auth/usher/emailpass. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateUsherType>, res: MedusaResponse) {
  const { result } = await createUsherWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ usher: result })
}
