import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { eventually } from "../utils/eventually"
import { adminHeaders } from "../utils/fixtures"
import { ticketStore } from "../utils/ticket-fixtures"

type Answer = { status: number; data: any } // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
type Api = {
  get: (url: string, config?: Record<string, unknown>) => Promise<Answer>
  post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<Answer>
}

// Ticket types are product variants, so Medusa's pricing and promotions apply to them unchanged: an early-bird
// price list changes what the store lists and what a cart charges, and a promotion code discounts a ticket cart.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer
    let store: Awaited<ReturnType<typeof ticketStore>>
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      container = getContainer()
      store = await ticketStore(container)
      admin = await adminHeaders(container)
    })

    const listedPrice = async () => {
      const { data } = await http.get("/store/events", { headers: store.headers, params: { region_id: store.region.id } })
      const event = data.events.find((candidate: { id: string }) => candidate.id === store.event.id)
      return event.ticket_types[0].price.amount as number
    }

    async function cartWithTicket(quantity = 1) {
      const { data: { cart } } = await http.post("/store/carts", { region_id: store.region.id, email: "early@tessera.test" }, { headers: store.headers })
      const { data } = await http.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.ticketVariant.id, quantity }, { headers: store.headers })
      return data.cart as { id: string; items: { unit_price: number }[]; total: number }
    }

    it("should list and charge an early-bird price list's price while it runs", async () => {
      expect(await listedPrice()).toBe(50)
      const ends = new Date(Date.now() + 24 * 3600 * 1000).toISOString()
      await http.post(
        "/admin/price-lists",
        {
          title: "Early bird",
          description: "First day only",
          type: "sale",
          status: "active",
          ends_at: ends,
          prices: [{ variant_id: store.ticketVariant.id, amount: 35, currency_code: "eur" }],
        },
        admin
      )
      expect(await eventually(listedPrice, (price) => price === 35, 5_000)).toBe(35)
      const cart = await cartWithTicket()
      expect(cart.items[0].unit_price).toBe(35)
    })

    it("should discount a ticket cart with a promotion code and still issue the tickets", async () => {
      await http.post(
        "/admin/promotions",
        {
          code: "TESSERA10",
          type: "standard",
          status: "active",
          application_method: { type: "percentage", target_type: "items", allocation: "each", value: 10, max_quantity: 10, currency_code: "eur" },
        },
        admin
      )
      const cart = await cartWithTicket(2)
      const { data } = await http.post(`/store/carts/${cart.id}/promotions`, { promo_codes: ["TESSERA10"] }, { headers: store.headers })
      expect(data.cart.discount_total).toBe(10)
      expect(data.cart.total).toBe(90)

      const { data: { payment_collection } } = await http.post("/store/payment-collections", { cart_id: cart.id }, { headers: store.headers })
      await http.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: store.headers })
      const completed = await http.post(`/store/carts/${cart.id}/complete`, {}, { headers: store.headers })
      expect(completed.data).toMatchObject({ type: "order", order: { total: 90 } })

      const events = container.resolve<EventsService>("events")
      const tickets = await eventually(() => events.listTickets({ order_id: completed.data.order.id }), (found) => found.length >= 2)
      expect(tickets).toHaveLength(2)
    })
  },
})
