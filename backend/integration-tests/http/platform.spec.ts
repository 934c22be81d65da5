import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import workerHeartbeat from "../../src/jobs/worker-heartbeat"
import { adminHeaders } from "../utils/fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
    })

    describe("request ids", () => {
      it("should answer /health and hand back a request id on API routes", async () => {
        expect((await api.get("/health")).status).toBe(200)
        const response = await api.get("/admin/platform", admin)
        expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/)
      })
    })

    describe("errors", () => {
      it("should name the field at fault and carry the request id", async () => {
        const error = await api
          .post("/admin/products", { title: 42 }, { headers: { ...admin.headers, "x-request-id": "req-fixed-1" } })
          .catch((e: { response: { status: number; data: Record<string, unknown> } }) => e.response)
        expect(error.status).toBe(400)
        expect(error.data).toMatchObject({ type: "invalid_data", field: "title", request_id: "req-fixed-1" })
        expect(String(error.data.message)).toContain("title")
      })
    })

    describe("CORS on actor route families", () => {
      it.each(["/usher/me", "/merchant/charges", "/organizer/events", "/courier/deliveries"])(
        "should answer a preflight for %s from the PWA origin only",
        async (path) => {
          const allowed = await api.options(path, {
            headers: { origin: "http://localhost:9001", "access-control-request-method": "POST" },
          })
          expect(allowed.headers["access-control-allow-origin"]).toBe("http://localhost:9001")
          const other = await api.options(path, {
            headers: { origin: "http://evil.example", "access-control-request-method": "POST" },
            validateStatus: () => true,
          })
          expect(other.headers["access-control-allow-origin"]).toBeUndefined()
          // a refusal must reach the PWA as a refusal, not as a network error
          const refused = await api.get(path, { headers: { origin: "http://localhost:9001" }, validateStatus: () => true })
          expect(refused.status).toBeGreaterThanOrEqual(400)
          expect(refused.headers["access-control-allow-origin"]).toBe("http://localhost:9001")
        }
      )
    })

    describe("POST /auth/:actor/:provider rate limit", () => {
      it("should refuse the attempt after the limit with 429 and Retry-After", async () => {
        const attempt = () =>
          api.post("/auth/customer/emailpass", { email: "nobody@tessera.test", password: "wrong" }, { validateStatus: () => true })
        const statuses: number[] = []
        for (let i = 0; i < 11; i++) statuses.push((await attempt()).status)
        expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
        const limited = await attempt()
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect(limited.data).toMatchObject({ type: "too_many_requests" })
        // another login route keeps its own count
        const other = await api.post("/auth/user/emailpass", { email: "nobody@tessera.test", password: "wrong" }, { validateStatus: () => true })
        expect(other.status).toBe(401)
      })
    })

    describe("GET /admin/platform", () => {
      it("should describe how the instance runs without leaking secrets", async () => {
        const { data } = await api.get("/admin/platform", admin)
        expect(data.platform).toMatchObject({
          database: { mode: expect.stringMatching(/embedded|external/) },
          redis: { enabled: Boolean(process.env.REDIS_URL) },
          payment: { providers: expect.arrayContaining(["pp_system_default"]) },
          worker_mode: "shared",
        })
        expect(JSON.stringify(data)).not.toMatch(/password|postgres:\/\//i)
      })

      it("should show which instance served it and the last worker heartbeat", async () => {
        const ranAt = Date.now()
        await workerHeartbeat(getContainer())
        const response = await api.get("/admin/platform", admin)
        expect(response.headers["x-tessera-instance"]).toBe(response.data.platform.instance)
        const beat = response.data.platform.last_worker_heartbeat
        expect(beat.instance).toEqual(expect.any(String))
        expect(Date.parse(beat.at)).toBeGreaterThanOrEqual(ranAt)
      })

      it("should refuse anonymous callers", async () => {
        const response = await api.get("/admin/platform", { validateStatus: () => true })
        expect(response.status).toBe(401)
      })
    })

    describe("/admin/credential-keys", () => {
      it("should rotate, list public halves only, and revoke only retired keys", async () => {
        const first = (await api.post("/admin/credential-keys/rotate", {}, admin)).data.credential_key
        const second = (await api.post("/admin/credential-keys/rotate", {}, admin)).data.credential_key
        expect(second.kid).not.toBe(first.kid)

        const { data } = await api.get("/admin/credential-keys", admin)
        expect(data.count).toBe(2)
        expect(data.credential_keys.map((k: { status: string }) => k.status).sort()).toEqual(["active", "retired"])
        expect(JSON.stringify(data)).not.toContain("sealed_private_key")

        const refused = await api.post(`/admin/credential-keys/${second.kid}/revoke`, {}, { ...admin, validateStatus: () => true })
        expect(refused.status).toBe(400)
        const revoked = await api.post(`/admin/credential-keys/${first.kid}/revoke`, {}, admin)
        expect(revoked.data.credential_key).toMatchObject({ kid: first.kid, status: "revoked" })
      })
    })
  },
})
