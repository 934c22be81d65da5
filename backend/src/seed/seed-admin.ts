import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_ADMIN } from "./demo-logins"

/** The demo admin with an emailpass login, created once. */
export async function seedAdmin(container: MedusaContainer) {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await users.listUsers({ email: DEMO_ADMIN.email })
  if (existing) return existing

  const { result: [user] } = await createUsersWorkflow(container).run({ input: { users: [{ email: DEMO_ADMIN.email }] } })
  const { authIdentity, error } = await auth.register("emailpass", { body: { ...DEMO_ADMIN } })
  if (error || !authIdentity) throw new Error(`demo admin login could not be created: ${error}`)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  return user
}
