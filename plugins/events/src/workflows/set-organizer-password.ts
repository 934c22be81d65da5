import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setOrganizerLoginStep } from "./steps"

export type SetOrganizerPasswordWorkflowInput = { organizer_id: string; password: string }

export const setOrganizerPasswordWorkflowId = "set-organizer-password"

/** Sets (or resets) an existing organizer's password, creating its login if it has none; 404 for no such organizer. */
export const setOrganizerPasswordWorkflow = createWorkflow(setOrganizerPasswordWorkflowId, (input: SetOrganizerPasswordWorkflowInput) => {
  const { data: organizers } = useQueryGraphStep({
    entity: "organizer",
    fields: ["id", "email"],
    filters: { id: input.organizer_id },
    options: { throwIfKeyNotFound: true },
  })
  const login = setOrganizerLoginStep(
    transform({ organizers, input }, ({ organizers, input }) => ({
      organizer_id: input.organizer_id,
      email: (organizers[0] as { email: string }).email,
      password: input.password,
    }))
  )
  return new WorkflowResponse(login)
})
