import { MedusaError } from "@medusajs/framework/utils"

/** A MedusaError that carries the field at fault; backend's error handler puts it in the response. */
export function fieldError(type: string, field: string, message: string): MedusaError & { field: string } {
  return Object.assign(new MedusaError(type, message), { field })
}
