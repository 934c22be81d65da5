import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { eventually } from "./eventually"
import { bearerToken } from "./fixtures"

type OtpEvent = { data: { to: string; code: string; purpose: string } }

/**
 * Reads one-time codes the way a phone would: it listens to the event the OTP provider and the
 * merchant routes emit for delivery (the demo logs them; tests read them here).
 */
export function otpInbox(container: MedusaContainer) {
  const received: OtpEvent["data"][] = []
  container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).subscribe(
    "wallet.otp.requested",
    async (event: unknown) => {
      received.push((event as OtpEvent).data)
    },
    { subscriberId: `test-otp-inbox-${Math.random().toString(36).slice(2)}` }
  )
  return {
    received,
    /** The newest code sent to a number, waiting for the (asynchronous) event. */
    async latest(phone: string, after = 0) {
      const sent = await eventually(
        async () => received.filter((m) => m.to === phone),
        (list) => list.length > after
      )
      if (sent.length <= after) throw new Error(`no code reached ${phone}`)
      return sent[sent.length - 1].code
    },
    count: (phone: string) => received.filter((m) => m.to === phone).length,
  }
}

/** Raw SQL for the assertions on stored challenges (and for moving their clocks). */
export const sql = async <T = Record<string, unknown>>(container: MedusaContainer, statement: string, params: unknown[] = []) =>
  ((await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(statement, params)) as { rows: T[] }).rows

/** Store headers (publishable key + bearer) for an existing customer, made directly (no login round trip). */
export function customerHeaders(container: MedusaContainer, customerId: string, storeHeaders: Record<string, string>) {
  const token = bearerToken(container, "customer", customerId)
  return { headers: { ...storeHeaders, authorization: `Bearer ${token}` } }
}

type Http = { post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<{ data: any }> } // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are read field by field

/** A wallet top-up bought through Medusa's own checkout (system provider: authorized, not captured); the placed order's id. */
export async function checkoutTopUp(
  http: Http,
  store: { region: { id: string }; salesChannel: { id: string } },
  buyer: { customer: { email: string }; headers: Record<string, string> },
  amount: number
): Promise<string> {
  const auth = { headers: buyer.headers }
  const { data: { cart } } = await http.post("/store/carts", { region_id: store.region.id, sales_channel_id: store.salesChannel.id, email: buyer.customer.email }, auth)
  await http.post("/store/customers/me/wallet/top-ups", { cart_id: cart.id, amount }, auth)
  const { data: { payment_collection } } = await http.post("/store/payment-collections", { cart_id: cart.id }, auth)
  await http.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, auth)
  const completed = await http.post(`/store/carts/${cart.id}/complete`, {}, auth)
  return completed.data.order.id
}
