import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemo } from "../../src/seed"
import { DEMO_ADMIN } from "../../src/seed/demo-logins"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("seedDemo", () => {
      it("should be idempotent: a second run finds everything and creates nothing", async () => {
        const container = getContainer()
        const first = await seedDemo(container)
        const second = await seedDemo(container)
        expect(second).toEqual(first)

        expect(await container.resolve(Modules.REGION).listRegions({ name: "Europe" })).toHaveLength(1)
        expect(await container.resolve(Modules.USER).listUsers({ email: DEMO_ADMIN.email })).toHaveLength(1)
        const keys = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Tessera PWA" })
        expect(keys).toHaveLength(1)
        const signing = await container.resolve<{ listPublicKeys(): Promise<unknown[]> }>("credential").listPublicKeys()
        expect(signing).toHaveLength(1)
      })

      it("should hand out a publishable key that opens the store, and an admin that can log in", async () => {
        const demo = await seedDemo(getContainer())
        const regions = await api.get("/store/regions", { headers: { "x-publishable-api-key": demo.publishable_key } })
        expect(regions.data.regions.map((r: { name: string }) => r.name)).toEqual(["Europe"])

        const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
        const me = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(me.data.user.email).toBe(DEMO_ADMIN.email)
        expect(demo.logins).toContainEqual(expect.objectContaining({ actor: "admin", ...DEMO_ADMIN }))
      })
    })
  },
})
