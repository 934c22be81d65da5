import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import { notFound } from "../../modules/events/utils/errors"
import type { DependentInput } from "./create-dependent"

export type UpdateDependentStepInput = Partial<DependentInput> & { id: string; customer_id: string }

export const updateDependentStepId = "update-dependent-step"

/** Changes one of the customer's dependents (someone else's is not found); undo restores the previous values. */
export const updateDependentStep = createStep(
  updateDependentStepId,
  async ({ id, customer_id, birth_date, ...changes }: UpdateDependentStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const [before] = await events.listDependents({ id, customer_id }, { select: ["id", "name", "birth_date", "relation"] })
    if (!before) throw notFound("id", `Dependent with id: ${id} was not found`)
    const dependent = await events.updateDependents({
      id,
      ...changes,
      ...(birth_date === undefined ? {} : { birth_date: new Date(birth_date) }),
    })
    return new StepResponse(dependent, { id: before.id, name: before.name, birth_date: before.birth_date, relation: before.relation })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).updateDependents(before)
  }
)
