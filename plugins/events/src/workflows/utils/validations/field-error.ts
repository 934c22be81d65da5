import { MedusaError } from "@medusajs/framework/utils"

/** A problem with one input field, named by its path (`ticket_types.1.capacity`). */
export type FieldIssue = { field: string; message: string }

/** A MedusaError that carries the field at fault; the error handler puts it in the response. */
export function fieldError(type: string, field: string, message: string): MedusaError & { field: string } {
  return Object.assign(new MedusaError(type, message), { field })
}

/** Throws the first issue as a 400 naming its field; does nothing when there is none. */
export function throwFirstIssue(issues: FieldIssue[]): void {
  const [first] = issues
  if (first) throw fieldError(MedusaError.Types.INVALID_DATA, first.field, first.message)
}
