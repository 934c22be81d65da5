import { MedusaError } from "@medusajs/framework/utils"

/** A MedusaError naming the input field at fault; the backend's error handler puts `field` in the answer. */
function failure(type: string, field: string, message: string): MedusaError & { field: string } {
  return Object.assign(new MedusaError(type, message), { field })
}

/** 404: missing, or someone else's (never say which). */
export const notFound = (field: string, message: string) => failure(MedusaError.Types.NOT_FOUND, field, message)

/** 409: the row is not in the state the change needs, typically because a concurrent request got there first. */
export const conflict = (field: string, message: string) => failure(MedusaError.Types.CONFLICT, field, message)

/** 400: the change is never allowed for this row as it stands. */
export const notAllowed = (field: string, message: string) => failure(MedusaError.Types.NOT_ALLOWED, field, message)
