import type { AccountHolderDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/**
 * The payment provider auto-reloads charge: `WALLET_RELOAD_PROVIDER_ID` when set, Stripe when it is
 * configured, Medusa's system provider (the demo) otherwise. Read per attempt, so an operator's
 * change needs no restart.
 */
export function reloadProviderId() {
  return process.env.WALLET_RELOAD_PROVIDER_ID || (process.env.STRIPE_API_KEY ? STRIPE_PROVIDER_ID : "pp_system_default")
}

/**
 * What the provider needs to charge without the customer present. Stripe: the customer's account
 * holder and its first saved payment method, confirmed off-session (a card that needs the customer
 * fails, and the attempt is recorded as failed). The system provider needs nothing.
 * Not exercised by the tests: they have no Stripe account.
 */
export async function offSessionPaymentData(container: MedusaContainer, providerId: string, customerId: string) {
  if (providerId !== STRIPE_PROVIDER_ID) return { data: {}, context: {} }
  const { data: [customer] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "email", "account_holders.*"],
    filters: { id: customerId },
  })
  const holders = (customer?.account_holders ?? []) as (AccountHolderDTO | null)[]
  const holder = holders.find((h) => h?.provider_id === providerId)
  if (!holder) throw new Error("the customer has no saved payment method with Stripe")
  const [method] = await container.resolve(Modules.PAYMENT).listPaymentMethods({ provider_id: providerId, context: { account_holder: holder } })
  if (!method) throw new Error("the customer has no saved payment method with Stripe")
  return {
    data: { payment_method: method.id, off_session: true, confirm: true },
    context: { account_holder: holder, customer: { id: customerId, email: customer.email } },
  }
}
