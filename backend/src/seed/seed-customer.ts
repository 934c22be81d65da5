import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  completeCartWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { IssueOrderTicketsWorkflowInput } from "../workflows/issue-order-tickets"
import type { EventsService } from "../workflows/utils/events-service"
import { EVENTS_MODULE_KEY } from "../workflows/utils/events-service"
import { DEMO_CUSTOMER } from "./demo-logins"
import { runWorkflowById } from "./run-workflow"

type Purchase = { regionId: string; salesChannelId: string; variantId: string }

/** The emailpass login of the demo customer, registered through the auth module once. */
async function authIdentityId(container: MedusaContainer): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: DEMO_CUSTOMER.email })
  if (existing?.auth_identity_id) return existing.auth_identity_id
  const { authIdentity, error } = await auth.register("emailpass", { body: { ...DEMO_CUSTOMER } })
  if (error || !authIdentity) throw new Error(`demo customer login could not be created: ${error}`)
  return authIdentity.id
}

/** The demo customer with an account (linked to its login), created once. */
async function ensureCustomer(container: MedusaContainer) {
  const customers = container.resolve(Modules.CUSTOMER)
  const identityId = await authIdentityId(container)
  const [existing] = await customers.listCustomers({ email: DEMO_CUSTOMER.email, has_account: true })
  if (existing) return existing
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: identityId, customerData: { email: DEMO_CUSTOMER.email, first_name: "Demo", last_name: "Customer", phone: DEMO_CUSTOMER.phone } },
  })
  return result
}

/** One ticket bought the way the PWA buys it: cart, email, system payment session, completion. */
async function buyOne(container: MedusaContainer, customerId: string, { regionId, salesChannelId, variantId }: Purchase) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: regionId,
      sales_channel_id: salesChannelId,
      customer_id: customerId,
      email: DEMO_CUSTOMER.email,
      items: [{ variant_id: variantId, quantity: 1 }],
    },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  return order.id
}

/** An order of the customer's with the given variant, if one was placed on an earlier run. */
async function existingOrderId(container: MedusaContainer, customerId: string, variantId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status", "items.variant_id"],
    filters: { customer_id: customerId },
  })
  const orders = data as { id: string; status: string; items?: ({ variant_id?: string | null } | null)[] | null }[]
  return orders.find((order) => order.status !== "canceled" && order.items?.some((item) => item?.variant_id === variantId))?.id
}

/**
 * The demo customer, who holds one GA ticket: bought once, then issued directly (subscribers may
 * not run inside `medusa exec`; issuing is idempotent, so a subscriber that does run changes nothing).
 */
export async function seedCustomer(container: MedusaContainer, purchase: Purchase) {
  const customer = await ensureCustomer(container)
  const events = container.resolve<EventsService>(EVENTS_MODULE_KEY)
  const [ticket] = await events.listTickets({ customer_id: customer.id }, { take: 1 })
  if (ticket) return customer

  const orderId =
    (await existingOrderId(container, customer.id, purchase.variantId)) ?? (await buyOne(container, customer.id, purchase))
  const input: IssueOrderTicketsWorkflowInput = { order_id: orderId }
  await runWorkflowById(container, "issue-order-tickets", input)
  return customer
}
