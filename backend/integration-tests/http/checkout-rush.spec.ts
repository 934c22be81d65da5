import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { ticketStore } from "../utils/ticket-fixtures"
import { eventually } from "../utils/eventually"

type Answer = { status: number; data: { type?: string; message?: string; order?: { id: string } } }
type Api = { post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<Answer> }

const SEATS = 3
const BUYERS = 10


// DESIGN §6.3: no ticket type sells beyond its capacity, whatever the concurrency. The full bench is
// `npm run bench -- rush`; this is the same race, small enough for every test run.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer
    let store: Awaited<ReturnType<typeof ticketStore>>

    beforeEach(async () => {
      container = getContainer()
      store = await ticketStore(container, { capacity: SEATS })
    })

    /** A guest cart holding one ticket, ready to complete: everything a buyer does before paying. */
    async function readyCart(i: number) {
      const headers = { headers: store.headers, validateStatus: () => true }
      const { data } = await http.post("/store/carts", { region_id: store.region.id, sales_channel_id: store.salesChannel.id }, headers)
      const cart = (data as unknown as { cart: { id: string } }).cart
      await http.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.ticketVariant.id, quantity: 1 }, headers)
      await http.post(`/store/carts/${cart.id}`, { email: `buyer-${i}@rush.tessera.test` }, headers)
      const collection = await http.post("/store/payment-collections", { cart_id: cart.id }, headers)
      const { payment_collection } = collection.data as unknown as { payment_collection: { id: string } }
      await http.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
      return cart.id
    }

    it("should sell exactly the capacity to buyers completing at once, and refuse the rest with a 4xx", async () => {
      const carts: string[] = []
      for (let i = 0; i < BUYERS; i++) carts.push(await readyCart(i))

      const answers = await Promise.all(
        carts.map((id) => http.post(`/store/carts/${id}/complete`, {}, { headers: store.headers, validateStatus: () => true }))
      )

      const orders = answers.filter((a) => a.status === 200 && a.data.type === "order")
      const refused = answers.filter((a) => a.status >= 400 && a.status < 500)
      expect(answers.filter((a) => a.status >= 500)).toEqual([])
      expect(orders).toHaveLength(SEATS)
      expect(refused).toHaveLength(BUYERS - SEATS)
      // most are turned away before an order exists (sold out); a close call is Medusa's own reservation refusing
      refused.forEach((a) => expect(a.data.message).toMatch(/sold out|not enough stock/i))
      expect(refused.some((a) => /sold out/i.test(a.data.message ?? ""))).toBe(true)

      const events = container.resolve<EventsService>("events")
      const tickets = await eventually(
        () => events.listTickets({ event_id: store.event.id }),
        (found) => found.length >= SEATS
      )
      expect(tickets).toHaveLength(SEATS)
      expect(new Set(tickets.map((t) => t.order_id))).toEqual(new Set(orders.map((a) => a.data.order!.id)))

      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [level] = await db("inventory_level as il")
        .join("product_variant_inventory_item as pvi", "pvi.inventory_item_id", "il.inventory_item_id")
        .where("pvi.variant_id", store.ticketVariant.id)
        .select("il.stocked_quantity", "il.reserved_quantity")
      expect(Number(level.reserved_quantity)).toBe(SEATS)
      expect(Number(level.stocked_quantity)).toBe(SEATS)
      // and no order exists beyond the seats: a refused buyer leaves nothing behind
      const [{ count }] = await db("order as o")
        .join("order_item as oi", "oi.order_id", "o.id")
        .join("order_line_item as li", "li.id", "oi.item_id")
        .where("li.variant_id", store.ticketVariant.id)
        .whereNull("o.deleted_at")
        .countDistinct({ count: "o.id" })
      expect(Number(count)).toBe(SEATS)
    })
  },
})
