import { join } from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { EVENTS_MODULE } from ".."
import type EventsModuleService from "../service"

moduleIntegrationTestRunner<EventsModuleService>({
  moduleName: EVENTS_MODULE,
  resolve: join(__dirname, ".."),
  testSuite: ({ service }) => {
    async function anEvent() {
      const organizer = await service.createOrganizers({ name: "Live Nation Light", email: `org-${Math.random()}@tessera.test` })
      const venue = await service.createVenues({ name: "Arena", address_1: "Messeplatz 1", city: "Berlin", country_code: "de", capacity: 1000 })
      const event = await service.createEvents({
        title: "Tessera Live",
        handle: `tessera-live-${Math.random().toString(36).slice(2)}`,
        category: "music",
        starts_at: new Date("2027-06-01T18:00:00Z"),
        ends_at: new Date("2027-06-01T23:00:00Z"),
        timezone: "Europe/Berlin",
        venue_id: venue.id,
        organizer_id: organizer.id,
      })
      const ticketType = await service.createTicketTypes({ name: "GA", tier: "general", event_id: event.id })
      return { organizer, venue, event, ticketType }
    }

    const units = (eventId: string, ticketTypeId: string, lineItemId: string, quantity: number) =>
      Array.from({ length: quantity }, (_, unit_index) => ({
        order_id: "order_1",
        line_item_id: lineItemId,
        unit_index,
        event_id: eventId,
        ticket_type_id: ticketTypeId,
        customer_id: "cus_1",
      }))

    describe("issueTicketUnits", () => {
      it("should issue one ticket per unit, with prefixed ids and readable codes", async () => {
        const { event, ticketType } = await anEvent()
        const tickets = await service.issueTicketUnits(units(event.id, ticketType.id, "item_1", 3))
        expect(tickets).toHaveLength(3)
        expect(tickets.map((t) => t.unit_index)).toEqual([0, 1, 2])
        tickets.forEach((t) => {
          expect(t.id).toMatch(/^tkt_[0-9A-HJKMNP-TV-Z]{26}$/)
          expect(t.code).toMatch(/^TSR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
          expect(t).toMatchObject({ status: "valid", version: 1 })
        })
      })

      it("should never issue twice, even when runs race", async () => {
        const { event, ticketType } = await anEvent()
        const batch = units(event.id, ticketType.id, "item_2", 4)
        const runs = await Promise.all(Array.from({ length: 6 }, () => service.issueTicketUnits(batch)))
        const ids = new Set(runs.flat().map((t) => t.id))
        expect(ids.size).toBe(4)
        expect(await service.listTickets({ line_item_id: "item_2" })).toHaveLength(4)
        runs.forEach((run) => expect(run.map((t) => t.id)).toEqual(runs[0].map((t) => t.id)))
      })
    })

    describe("createPayoutWithInvoice", () => {
      it("should number payouts PAY-YYYY-NNNN, unique and gap-free under concurrency", async () => {
        const { event, organizer } = await anEvent()
        const input = { event_id: event.id, organizer_id: organizer.id, currency_code: "eur", gross: 1000, fees: 50 }
        const payouts = await Promise.all(Array.from({ length: 20 }, () => service.createPayoutWithInvoice(input)))
        const year = new Date().getUTCFullYear()
        expect(payouts.map((p) => p.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
        expect(new Set(payouts.map((p) => p.invoice_number)).size).toBe(20)
        expect(payouts.find((p) => p.sequence === 7)?.invoice_number).toBe(`PAY-${year}-0007`)
        expect(Number(payouts[0].net)).toBe(950)
      })

      it("should not spend a number on a payout that fails", async () => {
        const { event, organizer } = await anEvent()
        const base = { event_id: event.id, organizer_id: organizer.id, currency_code: "eur" }
        const first = await service.createPayoutWithInvoice({ ...base, gross: 100, fees: 0 })
        const refused = await service.createPayoutWithInvoice({ ...base, gross: 100, fees: 200 }).catch((e) => e)
        expect(refused).toMatchObject({ type: "invalid_data", field: "fees" })
        // fails at the insert, after the counter moved: the transaction must take the number back
        const broken = await service
          .createPayoutWithInvoice({ ...base, currency_code: null as unknown as string, gross: 100, fees: 0 })
          .catch((e) => e)
        expect(broken).toBeInstanceOf(Error)
        const next = await service.createPayoutWithInvoice({ ...base, gross: 100, fees: 0 })
        expect(next.sequence).toBe(first.sequence + 1)
      })
    })
  },
})
