import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type { DependentRelation } from "../../modules/events/models/dependent"
import type EventsModuleService from "../../modules/events/service"
import type { DateInput } from "../types"

export type DependentInput = { name: string; birth_date: DateInput; relation: DependentRelation }

export type CreateDependentStepInput = DependentInput & { customer_id: string }

export const createDependentStepId = "create-dependent-step"

/** Adds a dependent to the customer's people; undone by deleting it. */
export const createDependentStep = createStep(
  createDependentStepId,
  async (input: CreateDependentStepInput, { container }) => {
    const dependent = await container
      .resolve<EventsModuleService>(EVENTS_MODULE)
      .createDependents({ ...input, birth_date: new Date(input.birth_date) })
    return new StepResponse(dependent, dependent.id)
  },
  async (dependentId, { container }) => {
    if (!dependentId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).deleteDependents(dependentId)
  }
)
