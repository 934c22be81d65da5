import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import { fieldError } from "../utils/validations/field-error"

export type CreateOrganizerStepInput = {
  name: string
  email: string
  phone?: string | null
  /** Platform fee in basis points of gross (500 = 5 %). */
  fee_bps?: number
  metadata?: Record<string, unknown> | null
}

export const createOrganizerStepId = "create-organizer-step"

/** Creates an organizer record (its email lower-cased); undone by deleting it. The unique email index settles a race. */
export const createOrganizerStep = createStep(
  createOrganizerStepId,
  async (input: CreateOrganizerStepInput, { container }) => {
    const organizers = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const email = input.email.toLowerCase()
    const organizer = await organizers.createOrganizers({ ...input, email }).catch(async (error: unknown) => {
      const [taken] = await organizers.listOrganizers({ email }, { select: ["id"] })
      if (!taken) throw error
      throw fieldError(MedusaError.Types.INVALID_DATA, "email", `an organizer with email ${input.email} already exists`)
    })
    return new StepResponse(organizer, organizer.id)
  },
  async (organizerId, { container }) => {
    if (!organizerId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).deleteOrganizers(organizerId)
  }
)
