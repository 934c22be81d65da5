import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import jwt from "jsonwebtoken"

/** An admin user and a bearer token for it, made directly (no login round trip, no rate limit). */
export async function adminHeaders(container: MedusaContainer, email = "admin@tessera.test") {
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  return { headers: { authorization: `Bearer ${bearerToken(container, "user", user.id, identity.id)}` }, user }
}

/**
 * A token for any actor, signed with the app's secret exactly as Medusa's login signs it: suites get their
 * actors without a login round trip (auth routes are rate-limited, and logging in is tested elsewhere).
 */
export function bearerToken(container: MedusaContainer, actor: string, actorId: string, authIdentityId = `authid_${actorId}`, expiresIn = "1d") {
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return jwt.sign(
    { actor_id: actorId, actor_type: actor, auth_identity_id: authIdentityId, app_metadata: { [`${actor}_id`]: actorId } },
    projectConfig.http.jwtSecret as string,
    { expiresIn } as jwt.SignOptions
  )
}

/** A sales channel with a publishable key linked to it: what a storefront needs to call /store. */
export async function storeAccess(container: MedusaContainer) {
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Test channel" }] },
  })
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  return { salesChannel: channel, publishableKey: key.token, headers: { "x-publishable-api-key": key.token } }
}
