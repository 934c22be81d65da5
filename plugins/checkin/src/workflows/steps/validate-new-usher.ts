import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { CHECKIN_MODULE } from "../../modules/checkin"
import type CheckinModuleService from "../../modules/checkin/service"
import { fieldError } from "../utils/field-error"

export const validateNewUsherStepId = "validate-new-usher-step"

/** Refuses an email another usher already has, before anything is written. */
export const validateNewUsherStep = createStep(validateNewUsherStepId, async ({ email }: { email: string }, { container }) => {
  const [existing] = await container.resolve<CheckinModuleService>(CHECKIN_MODULE).listUshers({ email }, { select: ["id"] })
  if (existing) throw fieldError(MedusaError.Types.DUPLICATE_ERROR, "email", `An usher with email ${email} already exists`)
})
