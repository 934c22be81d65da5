import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type Api, countRows, gateEvent, type Headers, usherHeaders } from "../utils/checkin-fixtures"
import { adminHeaders } from "../utils/fixtures"
import { wristbandFor } from "../utils/gate-card-fixtures"
import { incidentPhotosOf, removeIncidentPhotos, reserveBackendPort, solidPng } from "../utils/photo-fixtures"

// photo URLs must point at the app under test
const backendPort = reserveBackendPort()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const client = api as Api
    let container: MedusaContainer
    let admin: Headers
    let setup: Awaited<ReturnType<typeof gateEvent>>
    let usher: Headers & { id: string }
    const events: string[] = []

    const failed = (error: { response: { status: number; data: Record<string, unknown> } }) => error.response

    async function makeUsher(email: string, eventId: string) {
      const { data } = await client.post("/admin/ushers", { name: email.split("@")[0], email, password: "gate-pass-123" }, admin)
      await client.post(`/admin/events/${eventId}/checkin/assignments`, { usher_id: data.usher.id, role: "usher" }, admin)
      return { id: data.usher.id as string, ...usherHeaders(container, data.usher.id) }
    }

    type Photo = { bytes: Buffer; type: string; name?: string; field?: string }

    /** POST /usher/incidents/photos as a browser's FormData sends it. */
    async function upload(headers: Headers, fields: Record<string, string>, photo?: Photo) {
      const form = new FormData()
      for (const [name, value] of Object.entries(fields)) form.set(name, value)
      if (photo) form.set(photo.field ?? "file", new Blob([new Uint8Array(photo.bytes)], { type: photo.type }), photo.name ?? "gate.png")
      const response = await fetch(`${api.defaults.baseURL}/usher/incidents/photos`, { method: "POST", headers: headers.headers, body: form })
      return { status: response.status, data: (await response.json()) as Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any -- asserted field by field
    }

    const png = { bytes: solidPng(), type: "image/png" }

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container)
      setup = await gateEvent(container)
      events.push(setup.main.id, setup.other.id)
      usher = await makeUsher("usher@gate.test", setup.main.id)
    })

    afterAll(() => removeIncidentPhotos(events))

    it("should upload a PNG through the file module, serve it at its URL, attach it to incidents and list them for the admin", async () => {
      expect(String(api.defaults.baseURL)).toBe(`http://localhost:${backendPort()}`)
      const uploaded = await upload(usher, { event_id: setup.main.id }, png)
      expect(uploaded.status).toBe(201)
      const { id, url } = uploaded.data.photo
      expect(id).toMatch(new RegExp(`^incidents/${setup.main.id}/[^/]+\\.png$`))
      expect(url).toBe(`http://localhost:${backendPort()}/static/${id}`)

      const served = await fetch(url)
      expect(served.status).toBe(200)
      expect(served.headers.get("content-type")).toBe("image/png")
      expect(Buffer.from(await served.arrayBuffer()).equals(png.bytes)).toBe(true)

      const byId = await client.post(
        "/usher/incidents",
        { event_id: setup.main.id, type: "medical", note: "Fainted at the north gate", ticket_id: setup.tickets.ga[0].id, photo_id: id },
        usher
      )
      expect(byId.status).toBe(201)
      expect(byId.data.incident).toMatchObject({ type: "medical", ticket_id: setup.tickets.ga[0].id, photo_url: url })
      const byUrl = await client.post("/usher/incidents", { event_id: setup.main.id, type: "lost_item", note: "Blue scarf", photo_url: url }, usher)
      expect(byUrl.data.incident.photo_url).toBe(url)
      const without = await client.post("/usher/incidents", { event_id: setup.main.id, type: "security", note: "Crowd at VIP" }, usher)
      expect(without.data.incident.photo_url).toBeNull()

      const list = (await client.get(`/admin/events/${setup.main.id}/checkin/incidents?limit=2`, admin)).data
      expect(list).toMatchObject({ count: 3, offset: 0, limit: 2 })
      expect(list.incidents.map((incident: { id: string }) => incident.id)).toEqual([without.data.incident.id, byUrl.data.incident.id])
      const older = (await client.get(`/admin/events/${setup.main.id}/checkin/incidents?offset=2`, admin)).data.incidents
      expect(older).toEqual([
        expect.objectContaining({
          id: byId.data.incident.id,
          photo_url: url,
          usher_id: usher.id,
          ticket_code: setup.tickets.ga[0].code,
          holder_name: "Ada Lovelace",
        }),
      ])
      const medical = (await client.get(`/admin/events/${setup.main.id}/checkin/incidents?type=medical`, admin)).data
      expect(medical.count).toBe(1)
      expect((await client.get(`/admin/events/${setup.other.id}/checkin/incidents`, admin)).data.count).toBe(0)
      const unknown = await client.get("/admin/events/evt_missing/checkin/incidents", admin).catch(failed)
      expect(unknown.status).toBe(404)
      expect(unknown.data.field).toBe("id")
    })

    it("should take JPEG and WebP, and refuse anything else, a missing file and an oversized one, naming `file` and storing nothing", async () => {
      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)])
      const webp = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 "), Buffer.alloc(32)])
      expect((await upload(usher, { event_id: setup.main.id }, { bytes: jpeg, type: "image/jpeg", name: "a.jpg" })).data.photo.id).toMatch(/\.jpg$/)
      expect((await upload(usher, { event_id: setup.main.id }, { bytes: webp, type: "image/webp", name: "a.webp" })).data.photo.id).toMatch(/\.webp$/)
      expect(incidentPhotosOf(setup.main.id)).toHaveLength(2)

      const refusals = [
        // declared as text
        await upload(usher, { event_id: setup.main.id }, { bytes: Buffer.from("hello"), type: "text/plain", name: "note.txt" }),
        // declared as a PNG, but its bytes are not one
        await upload(usher, { event_id: setup.main.id }, { bytes: Buffer.from("<svg/>"), type: "image/png" }),
        await upload(usher, { event_id: setup.main.id }, { bytes: png.bytes, type: "image/gif", name: "a.gif" }),
        await upload(usher, { event_id: setup.main.id }),
        await upload(usher, { event_id: setup.main.id }, { ...png, field: "photo" }),
      ]
      for (const refusal of refusals) {
        expect(refusal.status).toBe(400)
        expect(refusal.data.field).toBe("file")
      }
      expect(refusals[0].data.message).toContain("JPEG, PNG or WebP")

      const oversized = Buffer.concat([png.bytes, Buffer.alloc(8 * 1024 * 1024)])
      const tooLarge = await upload(usher, { event_id: setup.main.id }, { bytes: oversized, type: "image/png" })
      expect(tooLarge.status).toBe(413)
      expect(tooLarge.data.field).toBe("file")
      expect(tooLarge.data.message).toContain("8 MB")
      expect(incidentPhotosOf(setup.main.id)).toHaveLength(2)
    })

    it("should refuse an usher not assigned to the event (403) and a form without event_id (400), storing nothing", async () => {
      const other = await upload(usher, { event_id: setup.other.id }, png)
      expect(other.status).toBe(403)
      expect(other.data.field).toBe("event_id")
      const missing = await upload(usher, {}, png)
      expect(missing.status).toBe(400)
      expect(missing.data.field).toBe("event_id")
      const anonymous = await upload({ headers: {} }, { event_id: setup.main.id }, png)
      expect(anonymous.status).toBe(401)
      expect(incidentPhotosOf(setup.main.id)).toEqual([])
      expect(incidentPhotosOf(setup.other.id)).toEqual([])
    })

    it("should refuse a photo of another event, an unknown photo, a URL from elsewhere, another event's ticket or card and an unknown card, writing no incident", async () => {
      const otherUsher = await makeUsher("other@gate.test", setup.other.id)
      const foreignPhoto = (await upload(otherUsher, { event_id: setup.other.id }, png)).data.photo
      const ownPhoto = (await upload(usher, { event_id: setup.main.id }, png)).data.photo
      const foreignCard = await wristbandFor(container, null, { event_id: setup.other.id })
      const foundCard = await wristbandFor(container, null)
      const incident = (extra: Record<string, unknown>) =>
        client.post("/usher/incidents", { event_id: setup.main.id, type: "fraud", note: "Copied ticket", ...extra }, usher).catch(failed)

      const cases: [Record<string, unknown>, number, string][] = [
        [{ photo_id: foreignPhoto.id }, 400, "photo_id"],
        [{ photo_url: foreignPhoto.url }, 400, "photo_url"],
        [{ photo_id: `incidents/${setup.main.id}/1-made-up.png` }, 404, "photo_id"],
        [{ photo_id: `incidents/${setup.main.id}/../../package.json` }, 400, "photo_id"],
        [{ photo_url: "https://images.example.com/gate.png" }, 400, "photo_url"],
        [{ photo_url: ownPhoto.url.replace(`localhost:${backendPort()}`, "images.example.com") }, 400, "photo_url"],
        [{ photo_id: ownPhoto.id, photo_url: ownPhoto.url }, 400, "photo_url"],
        [{ photo_id: ownPhoto.id, ticket_id: setup.tickets.foreign[0].id }, 404, "ticket_id"],
        [{ photo_id: ownPhoto.id, card_id: foreignCard.card.id }, 404, "card_id"],
        [{ photo_id: ownPhoto.id, card_id: "wcard_made_up" }, 404, "card_id"],
      ]
      for (const [extra, status, field] of cases) {
        const refused = await incident(extra)
        expect({ extra, status: refused.status, field: refused.data.field }).toEqual({ extra, status, field })
      }
      expect(await countRows(container, "checkin_incident")).toBe(0)
      expect((await incident({ photo_id: ownPhoto.id })).status).toBe(201)
      // a wristband found at the gate, bound to no event, can be reported
      expect((await incident({ type: "lost_item", note: "Wristband on the floor", card_id: foundCard.card.id })).status).toBe(201)
    })
  },
})
