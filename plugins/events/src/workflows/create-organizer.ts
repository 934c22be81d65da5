import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrganizerStep, setOrganizerLoginStep, validateOrganizerStep } from "./steps"
import type { CreateOrganizerStepInput } from "./steps"

export type CreateOrganizerWorkflowInput = CreateOrganizerStepInput & {
  /** When given, the organizer can log in at `/auth/organizer/emailpass` with its email and this password. */
  password?: string
}

export const createOrganizerWorkflowId = "create-organizer"

/** Creates an organizer and, with a password, its login; if the login cannot be made, the organizer is removed again. */
export const createOrganizerWorkflow = createWorkflow(createOrganizerWorkflowId, (input: CreateOrganizerWorkflowInput) => {
  validateOrganizerStep(input)
  const organizer = createOrganizerStep(
    transform({ input }, ({ input }): CreateOrganizerStepInput => {
      const { password: _password, ...record } = input
      return record
    })
  )
  when({ input }, ({ input }) => !!input.password).then(() => {
    // runs only when a password was given (the condition above)
    setOrganizerLoginStep(
      transform({ organizer, input }, ({ organizer, input }) => ({
        organizer_id: organizer.id,
        email: organizer.email,
        password: input.password as string,
      }))
    )
  })
  return new WorkflowResponse(organizer)
})
