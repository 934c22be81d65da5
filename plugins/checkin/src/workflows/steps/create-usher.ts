import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHECKIN_MODULE } from "../../modules/checkin"
import type CheckinModuleService from "../../modules/checkin/service"

export type CreateUsherStepInput = { name: string; email: string; phone?: string | null }

export const createUsherStepId = "create-usher-step"

/** Creates the usher row; undone by deleting it. */
export const createUsherStep = createStep(
  createUsherStepId,
  async (input: CreateUsherStepInput, { container }) => {
    const usher = await container.resolve<CheckinModuleService>(CHECKIN_MODULE).createUshers(input)
    return new StepResponse(usher, usher.id)
  },
  async (usherId, { container }) => {
    if (!usherId) return
    await container.resolve<CheckinModuleService>(CHECKIN_MODULE).deleteUshers(usherId)
  }
)
