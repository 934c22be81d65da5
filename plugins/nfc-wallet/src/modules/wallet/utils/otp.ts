import { createHmac, randomInt, timingSafeEqual } from "node:crypto"
import { generateEntityId } from "@medusajs/framework/utils"

/** Codes live 5 minutes, take 5 checks, and a number gets one every 30 s and at most 5 an hour. */
export const OTP_POLICY = { digits: 6, ttl_seconds: 300, max_attempts: 5, min_interval_seconds: 30, max_sends_per_hour: 5 } as const

/** Purposes a code can confirm; a code for one is never accepted for another. */
export const OTP_PURPOSES = { cardAssignment: "card_assignment", login: (actorType: string) => `login:${actorType}` } as const

/**
 * One SQL statement (`?` placeholders) in the caller's database transaction. Both the wallet module
 * (its entity manager) and the auth provider (the shared pg connection) run the OTP statements below.
 */
export type Sql = <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>

export type IssuedOtp = { id: string; code: string; expires_at: Date }
export type OtpRefusal = "no_code" | "expired" | "too_many_attempts" | "wrong_code"
export type OtpCheck =
  | { ok: true; id: string; subject_id: string | null; requested_by: string | null }
  | { ok: false; reason: OtpRefusal; attempts_left?: number }

/** An E.164 mobile number (`+4915112345678`) from what people type (spaces, dashes, brackets, `00`), or undefined. */
export function normalizeMobile(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined
  const compact = raw.trim().replace(/[\s\-().\/]/g, "").replace(/^00/, "+")
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : undefined
}

/** Shows enough of a number to recognise it: `+49•••••••678`. */
export const maskMobile = (phone: string) => `${phone.slice(0, 3)}${"•".repeat(Math.max(phone.length - 6, 0))}${phone.slice(-3)}`

/** Keyed by a server secret and the challenge id: a leaked table does not give six-digit codes away to a lookup table. */
const hashCode = (secret: string, id: string, code: string) => createHmac("sha256", secret).update(`${id}:${code}`).digest("base64url")

/**
 * A new code for a number, unless the number's sending limits say wait (then `retry_after` seconds).
 * Sends to one number are serialised by an advisory lock, so two parallel requests cannot both pass
 * the limits; the limits count every purpose, since they protect the number's owner from floods.
 */
export async function issueOtp(
  sql: Sql,
  secret: string,
  input: { phone: string; purpose: string; subject_id?: string | null; requested_by?: string | null }
): Promise<IssuedOtp | { retry_after: number }> {
  await sql("select pg_advisory_xact_lock(hashtext(?))", [`otp:${input.phone}`])
  const [recent] = await sql<{ sent: number; since_last: number | null; until_slot: number | null }>(
    `select count(*)::integer as sent,
       extract(epoch from clock_timestamp() - max(created_at))::float as since_last,
       extract(epoch from min(created_at) + interval '1 hour' - clock_timestamp())::float as until_slot
     from otp_challenge where phone = ? and created_at > clock_timestamp() - interval '1 hour' and deleted_at is null`,
    [input.phone]
  )
  if (recent.since_last !== null && recent.since_last < OTP_POLICY.min_interval_seconds) {
    return { retry_after: Math.ceil(OTP_POLICY.min_interval_seconds - recent.since_last) }
  }
  if (recent.sent >= OTP_POLICY.max_sends_per_hour) return { retry_after: Math.max(1, Math.ceil(recent.until_slot ?? 0)) }

  const id = generateEntityId(undefined, "otp")
  const code = String(randomInt(0, 10 ** OTP_POLICY.digits)).padStart(OTP_POLICY.digits, "0")
  const [row] = await sql<{ expires_at: Date }>(
    `insert into otp_challenge (id, phone, purpose, subject_id, requested_by, code_hash, expires_at, attempts, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, clock_timestamp() + make_interval(secs => ?), 0, clock_timestamp(), clock_timestamp())
     returning expires_at`,
    [id, input.phone, input.purpose, input.subject_id ?? null, input.requested_by ?? null, hashCode(secret, id, code), OTP_POLICY.ttl_seconds]
  )
  return { id, code, expires_at: new Date(row.expires_at) }
}

/**
 * Checks a code against the number's latest code for the purpose. Every check of a live code counts
 * as an attempt, by a conditional UPDATE, before the hash is compared: parallel guesses cannot exceed
 * the limit. The right code is consumed once (a parallel twin finds it gone). The caller must commit
 * even on a refusal, or the attempt would not count.
 */
export async function checkOtp(sql: Sql, secret: string, input: { phone: string; purpose: string; code: string }): Promise<OtpCheck> {
  const [latest] = await sql<{ id: string; expired: boolean; consumed: boolean }>(
    `select id, expires_at <= clock_timestamp() as expired, consumed_at is not null as consumed from otp_challenge
     where phone = ? and purpose = ? and deleted_at is null order by created_at desc, id desc limit 1`,
    [input.phone, input.purpose]
  )
  if (!latest || latest.consumed) return { ok: false, reason: "no_code" }
  if (latest.expired) return { ok: false, reason: "expired" }
  const [counted] = await sql<{ attempts: number; code_hash: string; subject_id: string | null; requested_by: string | null }>(
    `update otp_challenge set attempts = attempts + 1, updated_at = clock_timestamp()
     where id = ? and attempts < ? and consumed_at is null returning attempts, code_hash, subject_id, requested_by`,
    [latest.id, OTP_POLICY.max_attempts]
  )
  if (!counted) return { ok: false, reason: "too_many_attempts" }
  const expected = Buffer.from(counted.code_hash)
  const given = Buffer.from(hashCode(secret, latest.id, input.code))
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    const left = OTP_POLICY.max_attempts - counted.attempts
    return left > 0 ? { ok: false, reason: "wrong_code", attempts_left: left } : { ok: false, reason: "too_many_attempts" }
  }
  const [consumed] = await sql("update otp_challenge set consumed_at = clock_timestamp() where id = ? and consumed_at is null returning id", [latest.id])
  if (!consumed) return { ok: false, reason: "no_code" }
  return { ok: true, id: latest.id, subject_id: counted.subject_id, requested_by: counted.requested_by }
}

/** Why a code was refused, in words for the person typing it. */
export function otpRefusalMessage(check: Extract<OtpCheck, { ok: false }>): string {
  switch (check.reason) {
    case "no_code":
      return "no code is open for this number: ask for a new one"
    case "expired":
      return "the code expired: ask for a new one"
    case "too_many_attempts":
      return "too many wrong codes: ask for a new one"
    case "wrong_code":
      return `the code is wrong (${check.attempts_left} attempts left)`
  }
}

/** The secret that keys code hashes: the deployment's JWT secret (every instance shares it); a module test has none. */
export const otpSecret = (configModule?: { projectConfig?: { http?: { jwtSecret?: string } } }) =>
  `otp:${configModule?.projectConfig?.http?.jwtSecret ?? "tessera"}`
