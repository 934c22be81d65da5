import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import { throwFirstIssue } from "../utils/validations/field-error"

export type ValidateOrganizerStepInput = { email: string }

export const validateOrganizerStepId = "validate-organizer-step"

/** Refuses an organizer whose email another organizer already has (400 naming `email`). */
export const validateOrganizerStep = createStep(validateOrganizerStepId, async (input: ValidateOrganizerStepInput, { container }) => {
  const taken = await container
    .resolve<EventsModuleService>(EVENTS_MODULE)
    .listOrganizers({ email: input.email.toLowerCase() }, { select: ["id"] })
  throwFirstIssue(taken.length ? [{ field: "email", message: `an organizer with email ${input.email} already exists` }] : [])
  return new StepResponse(undefined)
})
