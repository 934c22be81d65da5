import type { AuthIdentityProviderService, AuthenticationInput, AuthenticationResponse, IEventBusModuleService, Logger } from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError, Modules } from "@medusajs/framework/utils"
import { OTP_PURPOSES, type Sql, checkOtp, issueOtp, maskMobile, normalizeMobile, otpRefusalMessage, otpSecret } from "../../modules/wallet/utils/otp"
import { OTP_REQUESTED_EVENT, type OtpRequestedEvent } from "./events"

/** The shared pg connection (knex) as this provider uses it: a transaction and raw statements inside it. */
type PgConnection = {
  transaction<T>(run: (trx: { raw(sql: string, params: unknown[]): Promise<{ rows: unknown[] }> }) => Promise<T>): Promise<T>
}

type Cradle = {
  logger: Logger
  __pg_connection__: PgConnection
  [Modules.EVENT_BUS]: IEventBusModuleService
  configModule: Parameters<typeof otpSecret>[0]
}

/** What the first step answers: Medusa's auth route says 200 only for a token or a `location`. */
export const OTP_SENT_LOCATION = "otp:sent"

/**
 * Logs in an actor by mobile number (`/auth/<actor>/otp`): `{mobile}` sends a six-digit code (answer
 * `{location: "otp:sent"}`, the same for numbers that have no login, so nothing reveals who does);
 * `{mobile, code}` checks it and answers Medusa's token. Codes are hashed, expire, take five checks
 * and are rate-limited per number (utils/otp). Identities are made with the actor (a merchant's
 * phone), never here. Delivery is an event (`wallet.otp.requested`) that the plugin's subscriber hands
 * to Medusa's notification module. The challenges live in the wallet module's `otp_challenge` table,
 * reached through the shared connection: an auth provider cannot resolve other modules.
 */
export class OtpAuthProviderService extends AbstractAuthModuleProvider {
  static identifier = "otp"
  static DISPLAY_NAME = "Mobile number one-time code"

  protected readonly cradle_: Cradle

  constructor(cradle: Cradle) {
    super()
    this.cradle_ = cradle
  }

  async register(): Promise<AuthenticationResponse> {
    return { success: false, error: "mobile logins are created with their actor, not registered here" }
  }

  async authenticate(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const body = (data.body ?? {}) as { mobile?: unknown; code?: unknown }
    const phone = normalizeMobile(body.mobile)
    if (!phone) return { success: false, error: "mobile must be a mobile number in international format, e.g. +4915112345678" }
    const actorType = (data as AuthenticationInput & { actor_type?: string }).actor_type ?? "user"
    const purpose = OTP_PURPOSES.login(actorType)
    const identity = await identities.retrieve({ entity_id: phone }).catch((e: MedusaError) => {
      if (e.type === MedusaError.Types.NOT_FOUND) return undefined
      throw e
    })
    const known = Boolean(identity?.app_metadata?.[`${actorType}_id`])

    if (body.code === undefined) {
      if (!known) return { success: false, location: OTP_SENT_LOCATION }
      const issued = await this.inTransaction((sql) => issueOtp(sql, otpSecret(this.cradle_.configModule), { phone, purpose }))
      if ("retry_after" in issued) return { success: false, error: `too many codes for this number: try again in ${issued.retry_after} s` }
      const event: OtpRequestedEvent = { challenge_id: issued.id, to: phone, code: issued.code, purpose, expires_at: issued.expires_at.toISOString() }
      await this.cradle_[Modules.EVENT_BUS].emit({ name: OTP_REQUESTED_EVENT, data: event })
      this.cradle_.logger.info(`[otp] login code sent to ${maskMobile(phone)} for ${actorType}`)
      return { success: false, location: OTP_SENT_LOCATION }
    }

    if (typeof body.code !== "string" || !/^\d{6}$/.test(body.code)) return { success: false, error: "code must be the six digits sent by SMS" }
    const code = body.code
    const check = await this.inTransaction((sql) => checkOtp(sql, otpSecret(this.cradle_.configModule), { phone, purpose, code }))
    if (!check.ok) return { success: false, error: otpRefusalMessage(check) }
    if (!identity || !known) return { success: false, error: "no login has this mobile number" }
    return { success: true, authIdentity: identity }
  }

  private inTransaction<T>(run: (sql: Sql) => Promise<T>): Promise<T> {
    return this.cradle_.__pg_connection__.transaction((trx) =>
      run(async <R>(sql: string, params: unknown[]) => (await trx.raw(sql, params)).rows as R[])
    )
  }
}
