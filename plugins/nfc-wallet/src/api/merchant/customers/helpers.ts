import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../modules/wallet/utils/field-error"
import { maskMobile } from "../../../modules/wallet/utils/otp"

/**
 * The one customer registered with a mobile number (E.164, as Medusa's customer `phone`); a 404 on
 * `mobile` when there is none, and a refusal when several share it (the code could not say whose card).
 */
export async function customerByMobile(container: MedusaContainer, phone: string) {
  const { data: customers } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "first_name", "last_name", "phone"],
    filters: { phone, has_account: true },
    pagination: { take: 2, skip: 0 },
  })
  if (!customers.length) throw fieldError(MedusaError.Types.NOT_FOUND, "mobile", "no customer has this mobile number")
  if (customers.length > 1) throw fieldError(MedusaError.Types.NOT_ALLOWED, "mobile", "several customers share this mobile number: assign at the service desk")
  return customers[0]
}

/** What a stand may see of a customer: enough to greet them and to check the number, no more. */
export const customerGlimpse = (customer: { id: string; first_name?: string | null; last_name?: string | null; phone?: string | null }) => ({
  id: customer.id,
  first_name: customer.first_name ?? null,
  last_initial: customer.last_name ? `${customer.last_name[0]}.` : null,
  mobile: customer.phone ? maskMobile(customer.phone) : null,
})
