import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { type CatalogStore, catalogEvent, catalogStore } from "./catalog-fixtures"
import { adminHeaders, bearerToken } from "./fixtures"

type Headers = { headers: Record<string, string> }
export type Reply = { status: number; data: any } // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
/** The test runner's axios client, as these suites use it. */
export type Api = {
  get: (url: string, config?: Record<string, unknown>) => Promise<Reply>
  post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<Reply>
}

/** The reply of a call, whether axios resolved it or threw it (4xx/5xx). */
export const settle = (call: Promise<Reply>) => call.catch((error: { response: Reply }) => error.response)
export type Buyer = { email: string; first_name: string; last_name: string }
export type CatalogEvent = Awaited<ReturnType<typeof catalogEvent>>

export const ORGANIZER_PASSWORD = "organizer-pass-1"

/**
 * A paid order for the given variants, placed the way a storefront places it (cart, system payment
 * session, completion), with its tickets issued right away (by id through the engine; the
 * order.placed subscriber issuing them again changes nothing). Returns the order id.
 */
export async function sellTickets(container: MedusaContainer, store: CatalogStore, buyer: Buyer, items: { variant_id: string; quantity: number }[]) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: store.regions.eu.id,
      sales_channel_id: store.salesChannel.id,
      email: buyer.email,
      billing_address: { first_name: buyer.first_name, last_name: buyer.last_name, country_code: "de" },
      items,
    },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: "pp_system_default" } })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  await engine.run("issue-order-tickets", { input: { order_id: order.id }, throwOnError: true })
  return order.id
}

/** An organizer created through the admin API with a password, and the request config (bearer headers) of its login. */
export async function organizerWithLogin(http: Api, admin: Headers, input: { name: string; email: string; fee_bps?: number }) {
  const { data } = await http.post("/admin/organizers", { ...input, password: ORGANIZER_PASSWORD }, admin)
  const login = await http.post("/auth/organizer/emailpass", { email: input.email, password: ORGANIZER_PASSWORD })
  return { organizer: data.organizer as { id: string; email: string }, login: { headers: { authorization: `Bearer ${login.data.token}` } } }
}

/** Bearer headers of a customer: a valid token, of the wrong actor for /organizer. */
export function customerHeaders(container: MedusaContainer): Headers {
  const token = bearerToken(container, "customer", "cus_intruder", "authid_intruder", "1h")
  return { headers: { authorization: `Bearer ${token}` } }
}

/**
 * Two organizers with a login each (A pays a 7.25 % fee, B 2.5 %), each running one published event
 * with GA (45 EUR) and VIP (120 EUR), and sold tickets: A sold 3 GA + 1 VIP over two orders,
 * B sold 1 GA.
 */
export async function organizerWorld(container: MedusaContainer, http: Api) {
  const store = await catalogStore(container)
  const admin = await adminHeaders(container)
  const a = await organizerWithLogin(http, admin, { name: "Alpha Shows", email: "alpha@tessera.test", fee_bps: 725 })
  const b = await organizerWithLogin(http, admin, { name: "Beta Nights", email: "beta@tessera.test", fee_bps: 250 })

  const eventA = await catalogEvent(container, store, { title: "Alpha Festival", organizer_id: a.organizer.id })
  const eventB = await catalogEvent(container, store, { title: "Beta Club Night", organizer_id: b.organizer.id })
  const variant = (event: CatalogEvent, name: string) => event.ticket_types.find((t) => t.name === name)?.variant_id as string

  const ada = { email: "ada@tessera.test", first_name: "Ada", last_name: "Lovelace" }
  const grace = { email: "grace@tessera.test", first_name: "Grace", last_name: "Hopper" }
  const adaOrder = await sellTickets(container, store, ada, [
    { variant_id: variant(eventA, "General admission"), quantity: 2 },
    { variant_id: variant(eventA, "VIP"), quantity: 1 },
  ])
  const graceOrder = await sellTickets(container, store, grace, [{ variant_id: variant(eventA, "General admission"), quantity: 1 }])
  const bobOrder = await sellTickets(container, store, { email: "bob@tessera.test", first_name: "Bob", last_name: "Builder" }, [
    { variant_id: variant(eventB, "General admission"), quantity: 1 },
  ])

  return { store, admin, a: { ...a, event: eventA }, b: { ...b, event: eventB }, orders: { adaOrder, graceOrder, bobOrder }, variant }
}

export type OrganizerWorld = Awaited<ReturnType<typeof organizerWorld>>
