import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { EventsService } from "../../src/workflows/utils/events-service"
import type { ticketStore } from "./ticket-fixtures"
import { eventually } from "./eventually"
import { bearerToken } from "./fixtures"

export type Store = Awaited<ReturnType<typeof ticketStore>>
export type Headers = { headers: Record<string, string> }
export type Shopper = Headers & { id: string; email: string }
type Body = any // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
export type Api = {
  get: (url: string, config?: Record<string, unknown>) => Promise<{ status: number; data: Body }>
  post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<{ status: number; data: Body }>
  delete: (url: string, config?: Record<string, unknown>) => Promise<{ status: number; data: Body }>
}
export type Failure = { status: number; data: { type?: string; message?: string; field?: string } }

/** The response of a refused request (axios rejects non-2xx). */
export const failure = (e: { response?: Failure }): Failure => {
  if (!e.response) throw e
  return e.response
}

/**
 * A customer with an emailpass identity and a bearer token, made directly (no login round trip:
 * the auth routes are rate-limited, and logging in is not what these suites test).
 */
export async function shopper(
  container: MedusaContainer,
  store: Store,
  { email, first_name = "Ada", last_name = "Lovelace", phone }: { email: string; first_name?: string; last_name?: string; phone?: string }
): Promise<Shopper> {
  const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email, first_name, last_name, phone, has_account: true })
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  })
  const token = bearerToken(container, "customer", customer.id, identity.id)
  return { id: customer.id, email, headers: { ...store.headers, authorization: `Bearer ${token}` } }
}

/**
 * Buys `quantity` tickets through the real store flow (cart, payment session with the system
 * provider, complete) and waits for order.placed to issue them. Returns the order and its tickets.
 */
export async function buyTickets(http: Api, container: MedusaContainer, store: Store, buyer: Shopper, quantity = 1) {
  const { data: { cart } } = await http.post("/store/carts", { region_id: store.region.id, sales_channel_id: store.salesChannel.id }, buyer)
  await http.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.ticketVariant.id, quantity }, buyer)
  await http.post(`/store/carts/${cart.id}`, { email: buyer.email }, buyer)
  const { data: { payment_collection } } = await http.post("/store/payment-collections", { cart_id: cart.id }, buyer)
  await http.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, buyer)
  const completed = await http.post(`/store/carts/${cart.id}/complete`, {}, buyer)
  if (completed.data.type !== "order") throw new Error(`cart did not complete: ${JSON.stringify(completed.data)}`)
  const order = completed.data.order as { id: string; items: { id: string; unit_price: number }[] }
  const events = container.resolve<EventsService>("events")
  const tickets = await eventually(
    () => events.listTickets({ order_id: order.id }, { order: { unit_index: "ASC" } }),
    (found) => found.length >= quantity
  )
  if (tickets.length < quantity) throw new Error(`order ${order.id} got ${tickets.length} of ${quantity} tickets`)
  return { order, tickets }
}
