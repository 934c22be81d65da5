import { randomUUID } from "node:crypto"
import http from "node:http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  type Api,
  countRows,
  credentialOf,
  type EventsService,
  gateEvent,
  type Headers,
  scanBody,
  usherHeaders,
} from "../utils/checkin-fixtures"
import { adminHeaders } from "../utils/fixtures"
import { currentCard, ticketsFor, wristbandFor } from "../utils/gate-card-fixtures"
import { randomSerial, walletService } from "../utils/wallet-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const client = api as Api
    let container: MedusaContainer
    let admin: Headers
    let setup: Awaited<ReturnType<typeof gateEvent>>
    let north: Headers & { id: string }
    let vip: Headers & { id: string }

    const events = () => container.resolve<EventsService>("events")
    const wallet = () => walletService(container)
    const customer = () => `cus_${randomUUID().replace(/-/g, "").slice(0, 20)}`

    async function makeUsher(email: string, gateIds: string[]) {
      const { data } = await client.post("/admin/ushers", { name: email.split("@")[0], email, password: "gate-pass-123" }, admin)
      await client.post(`/admin/events/${setup.main.id}/checkin/assignments`, { usher_id: data.usher.id, role: "lead", gate_ids: gateIds }, admin)
      return { id: data.usher.id as string, ...usherHeaders(container, data.usher.id) }
    }
    const scan = async (body: Record<string, unknown>, headers: Headers = north) => (await client.post("/usher/scans", body, headers)).data.scan
    const offline = (credential: string, second: number, device_id = "device-a") =>
      scanBody(setup.main.id, credential, { scanned_at: new Date(Date.UTC(2026, 0, 1, 20, 0, second)).toISOString(), device_id })

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container)
      setup = await gateEvent(container)
      north = await makeUsher("north@gate.test", [setup.gates.north.id])
      vip = await makeUsher("vip@gate.test", [setup.gates.vip.id])
    })

    describe("POST /usher/scans with a wristband", () => {
      it("should admit the holder once under 50 concurrent scans mixing the wristband and the ticket", async () => {
        const holder = customer()
        const [ticket] = await ticketsFor(container, setup.main, holder)
        const { card, credential } = await wristbandFor(container, holder)
        const ticketCredential = await credentialOf(container, ticket)

        const answers = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            client.post(
              "/usher/scans",
              i % 2 ? scanBody(setup.main.id, ticketCredential) : scanBody(setup.main.id, credential, { serial_number: card.serial_number.toUpperCase() }),
              { ...north, httpAgent: new http.Agent({ keepAlive: false }) }
            )
          )
        )
        const scans = answers.map((answer) => answer.data.scan)
        expect(scans.filter((answer) => answer.outcome === "admitted")).toHaveLength(1)
        expect(scans.filter((answer) => answer.reason === "already_admitted")).toHaveLength(49)
        scans.forEach((answer) => expect(answer.attendee).toMatchObject({ ticket_id: ticket.id, name: "Rosalind Franklin" }))
        expect(await countRows(container, "checkin_admission", "ticket_id = ? and entries = 1 and state = 'inside'", [ticket.id])).toBe(1)
        expect(await countRows(container, "checkin_admission")).toBe(1)
        expect(await countRows(container, "checkin_scan", "card_id = ? and ticket_id = ?", [card.id, ticket.id])).toBe(25)

        // the log finds the wristband's scans by card id
        const log = (await client.get(`/usher/scans?event_id=${setup.main.id}&card_id=${card.id}`, north)).data
        expect(log.count).toBe(25)
      })

      it("should refuse blocked, lost, replaced, unassigned, ticketless, foreign and mismatched wristbands with their reason", async () => {
        const reasonOf = async (credential: string, extra: Record<string, unknown> = {}, headers: Headers = north) =>
          (await scan(scanBody(setup.main.id, credential, extra), headers)).reason

        // blocked: a credential written before the block is revoked by its version; one signed after says blocked
        const blockedHolder = customer()
        await ticketsFor(container, setup.main, blockedHolder)
        const blocked = await wristbandFor(container, blockedHolder)
        await wallet().changeCardStatus(blocked.card.id, ["assigned", "active"], "blocked")
        expect(await reasonOf(blocked.credential)).toBe("revoked")
        expect(await reasonOf((await currentCard(container, blocked.card.id)).credential)).toBe("blocked")

        const lostHolder = customer()
        await ticketsFor(container, setup.main, lostHolder)
        const lost = await wristbandFor(container, lostHolder)
        await wallet().changeCardStatus(lost.card.id, ["assigned", "active"], "lost")
        expect(await reasonOf((await currentCard(container, lost.card.id)).credential)).toBe("blocked")

        // replaced: the old tag is dead whatever it holds; the new one admits
        const replacedHolder = customer()
        const [replacedTicket] = await ticketsFor(container, setup.main, replacedHolder)
        const old = await wristbandFor(container, replacedHolder)
        const spare = randomSerial()
        await wallet().importCards([{ serial_number: spare, kind: "wristband" }])
        const next = await wallet().replaceCard(old.card.id, spare)
        expect(await reasonOf(old.credential)).toBe("revoked")
        expect(await reasonOf((await currentCard(container, old.card.id)).credential)).toBe("revoked")

        // no holder, no ticket here, a ticket only elsewhere, a card bound to the other event
        const inStock = await wristbandFor(container, null)
        expect(await reasonOf(inStock.credential)).toBe("not_found")
        expect(await reasonOf((await wristbandFor(container, customer())).credential)).toBe("not_found")
        const elsewhere = customer()
        await ticketsFor(container, setup.other, elsewhere)
        expect(await reasonOf((await wristbandFor(container, elsewhere)).credential)).toBe("wrong_event")
        const boundHolder = customer()
        await ticketsFor(container, setup.main, boundHolder)
        expect(await reasonOf((await wristbandFor(container, boundHolder, { event_id: setup.other.id })).credential)).toBe("wrong_event")

        // the tag's serial number must be the one signed
        const good = customer()
        await ticketsFor(container, setup.main, good)
        const band = await wristbandFor(container, good)
        expect(await reasonOf(band.credential, { serial_number: randomSerial() })).toBe("forged")
        expect(await reasonOf(band.credential, { serial_number: "not hex" })).toBe("forged")

        // the holder's ticket is void, or of a type this gate's list does not admit
        const voidHolder = customer()
        const [voidTicket] = await ticketsFor(container, setup.main, voidHolder)
        await events().voidTickets([voidTicket.id])
        expect(await reasonOf((await wristbandFor(container, voidHolder)).credential)).toBe("invalid")
        const vipAnswer = await scan(scanBody(setup.main.id, band.credential), vip)
        expect(vipAnswer).toMatchObject({ outcome: "rejected", reason: "blocked", attendee: { name: "Rosalind Franklin" } })

        expect(await countRows(container, "checkin_admission")).toBe(0)
        expect(await countRows(container, "checkin_scan", "outcome = 'rejected' and card_id is not null")).toBe(13)

        // after all that, the good wristband and the replacement still admit their holders once
        expect(await scan(scanBody(setup.main.id, band.credential, { serial_number: band.card.serial_number }))).toMatchObject({ outcome: "admitted" })
        const replacement = await currentCard(container, next?.id as string)
        expect(await scan(scanBody(setup.main.id, replacement.credential))).toMatchObject({ outcome: "admitted", attendee: { ticket_id: replacedTicket.id } })
      })

      it("should take a holder of several tickets in one at a time, the first not yet inside, never one twice", async () => {
        const holder = customer()
        const [first, second] = await ticketsFor(container, setup.main, holder, { count: 2 })
        const { credential } = await wristbandFor(container, holder)

        const answers = await Promise.all(
          Array.from({ length: 20 }, () => client.post("/usher/scans", scanBody(setup.main.id, credential), { ...north, httpAgent: new http.Agent({ keepAlive: false }) }))
        )
        const admitted = answers.map((answer) => answer.data.scan).filter((answer) => answer.outcome === "admitted")
        expect(admitted.map((answer) => answer.attendee.ticket_id).sort()).toEqual([first.id, second.id].sort())
        expect(await countRows(container, "checkin_admission", "state = 'inside' and entries = 1")).toBe(2)
        expect(await countRows(container, "checkin_scan", "outcome = 'admitted' and ticket_id = ?", [first.id])).toBe(1)
        expect(await countRows(container, "checkin_scan", "outcome = 'admitted' and ticket_id = ?", [second.id])).toBe(1)

        // out lets the first inside out; back in re-enters it (the main list allows re-entry)
        expect(await scan(scanBody(setup.main.id, credential, { direction: "out" }))).toMatchObject({ outcome: "exited", attendee: { ticket_id: first.id } })
        expect(await scan(scanBody(setup.main.id, credential))).toMatchObject({ outcome: "admitted", attendee: { ticket_id: first.id, previously_scanned: true } })
        expect(await scan(scanBody(setup.main.id, credential))).toMatchObject({ outcome: "rejected", reason: "already_admitted", attendee: { ticket_id: first.id } })
      })
    })

    describe("POST /usher/scans/batch with wristbands", () => {
      it("should adjudicate offline wristband scans in device time, keep collisions as conflicts, and replay identically", async () => {
        const one = customer()
        const [ticket] = await ticketsFor(container, setup.main, one)
        const band = await wristbandFor(container, one)
        const two = customer()
        const [t1, t2] = await ticketsFor(container, setup.main, two, { count: 2, holder: "Lise Meitner" })
        const pair = await wristbandFor(container, two)
        const ticketCredential = await credentialOf(container, ticket)
        const [ga0, ga1] = await Promise.all(setup.tickets.ga.slice(0, 2).map((gaTicket) => credentialOf(container, gaTicket)))

        const deviceA = {
          device_id: "device-a",
          scans: [offline(band.credential, 1), offline(pair.credential, 2), offline(ga0, 3), offline(pair.credential, 4), offline(ga1, 5), offline(pair.credential, 6)],
        }
        const answersA = (await client.post("/usher/scans/batch", deviceA, north)).data
        expect(answersA.scans.map((answer: { outcome: string }) => answer.outcome)).toEqual(["admitted", "admitted", "admitted", "admitted", "admitted", "rejected"])
        expect(answersA.scans.map((answer: { attendee: { ticket_id: string } }) => answer.attendee.ticket_id)).toEqual([
          ticket.id,
          t1.id,
          setup.tickets.ga[0].id,
          t2.id,
          setup.tickets.ga[1].id,
          t1.id,
        ])
        expect(answersA.conflicts).toBe(1)

        // another device let the same person in on the paper ticket: a conflict, both sides kept
        const deviceB = { device_id: "device-b", scans: [offline(ticketCredential, 7, "device-b")] }
        const answersB = (await client.post("/usher/scans/batch", deviceB, north)).data
        expect(answersB.scans[0]).toMatchObject({ outcome: "rejected", reason: "already_admitted", conflict_id: expect.any(String) })
        expect(await countRows(container, "checkin_conflict", "ticket_id = ? and device_id = 'device-b' and other_device_id = 'device-a'", [ticket.id])).toBe(1)

        const scansBefore = await countRows(container, "checkin_scan")
        const replay = (await client.post("/usher/scans/batch", deviceA, north)).data
        expect(replay).toEqual(answersA)
        expect(await countRows(container, "checkin_scan")).toBe(scansBefore)
        expect(await countRows(container, "checkin_admission", "entries = 1 and state = 'inside'")).toBe(5)
        expect(await countRows(container, "checkin_conflict")).toBe(2)
      })
    })

    describe("GET /usher/events/:id/snapshot with wristbands", () => {
      it("should carry the holders' cards with versions, states and tickets, then only the cards whose answer changed", async () => {
        const holder = customer()
        const [ticket] = await ticketsFor(container, setup.main, holder)
        const band = await wristbandFor(container, holder)
        const giver = customer()
        const [gift] = await ticketsFor(container, setup.main, giver, { holder: "Emmy Noether" })
        const giverBand = await wristbandFor(container, giver)
        const buyer = customer()
        const buyerBand = await wristbandFor(container, buyer)
        const stranger = await wristbandFor(container, customer())
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await knex.raw("update ticket set updated_at = now() - interval '1 hour'")
        await knex.raw("update wallet_card set updated_at = now() - interval '1 hour'")

        const full = (await client.get(`/usher/events/${setup.main.id}/snapshot`, north)).data.snapshot
        const byId = new Map(full.cards.map((card: { id: string }) => [card.id, card]))
        expect(byId.get(band.card.id)).toEqual({
          id: band.card.id,
          serial_number: band.card.serial_number,
          state: "active",
          version: band.card.version,
          event_id: null,
          ticket_ids: [ticket.id],
        })
        expect(byId.get(giverBand.card.id)).toMatchObject({ ticket_ids: [gift.id] })
        expect(byId.has(buyerBand.card.id)).toBe(false)
        expect(byId.has(stranger.card.id)).toBe(false)

        const unchanged = (await client.get(`/usher/events/${setup.main.id}/snapshot?since=${full.next_cursor}`, north)).data.snapshot
        expect(unchanged.cards).toEqual([])

        // block one card, give a ticket away (accepted transfer), and sell one to someone with a wristband
        await wallet().changeCardStatus(band.card.id, ["active"], "blocked")
        await events().createTicketTransfers({
          ticket_id: gift.id,
          from_customer_id: giver,
          token_hash: randomUUID(),
          expires_at: new Date(Date.now() + 86_400_000),
          status: "accepted",
          accepted_at: new Date(),
          accepted_by_customer_id: buyer,
        })
        await events().updateTickets({ id: gift.id, customer_id: buyer, version: 2 })
        const delta = (await client.get(`/usher/events/${setup.main.id}/snapshot?since=${unchanged.next_cursor}`, north)).data.snapshot
        const changed = new Map(delta.cards.map((card: { id: string }) => [card.id, card]))
        expect(changed.get(band.card.id)).toMatchObject({ state: "blocked", version: band.card.version + 1 })
        expect(changed.get(giverBand.card.id)).toMatchObject({ ticket_ids: [] })
        expect(changed.get(buyerBand.card.id)).toMatchObject({ ticket_ids: [gift.id] })
        expect(changed.has(stranger.card.id)).toBe(false)

        // the gift now admits its new holder's wristband, not the giver's
        expect((await scan(scanBody(setup.main.id, giverBand.credential))).reason).toBe("not_found")
        expect(await scan(scanBody(setup.main.id, buyerBand.credential))).toMatchObject({ outcome: "admitted", attendee: { ticket_id: gift.id } })
      })
    })
  },
})
