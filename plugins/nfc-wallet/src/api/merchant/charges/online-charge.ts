import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { base64UrlToBytes, QR_TEXT_PREFIX } from "@tessera/credentials/codec"
import type { HotRoute } from "@tessera/credentials/http"
import type { ChargeRefusal, OnlineCharge } from "../../../modules/wallet/service"
import { fieldError } from "../../../modules/wallet/utils/field-error"
import { chargeKey } from "../../../workflows/utils/charge"
import { AUTO_RELOAD_REQUESTED_EVENT, type AutoReloadRequestedEvent, crossesReloadThreshold } from "../../../workflows/steps/request-wallet-auto-reload"
import { CREDENTIAL_MODULE_KEY, type CredentialService, WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"
import { REPLAY_HEADER, toCharge } from "./helpers"
import { MerchantCreateCharge, type MerchantCreateChargeType } from "./validators"

/**
 * `POST /merchant/charges`: charges a wallet by card credential, once per idempotency key. Registered
 * ahead of the route table (see ../middlewares.ts), so it is a handler here rather than a route file.
 */
export async function createCharge(req: AuthenticatedMedusaRequest<MerchantCreateChargeType>, res: MedusaResponse) {
  res.json(await answerCharge(req.scope, req.auth_context.actor_id, req.validatedBody, (name, value) => res.setHeader(name, value)))
}

async function answerCharge(scope: MedusaContainer, merchantId: string, body: MerchantCreateChargeType, setHeader: (name: string, value: string) => void) {
  const result = await chargeOnline(scope, merchantId, body)
  setHeader(REPLAY_HEADER, String(result.replayed))
  return { charge: toCharge(result) }
}

/** `POST /merchant/charges` on the hot lane (`@tessera/credentials/http`); the route above answers everything else. */
export const createChargeLane: HotRoute<MerchantCreateChargeType> = {
  method: "POST",
  path: "/merchant/charges",
  actor: "merchant",
  schema: MerchantCreateCharge,
  handle: answerCharge,
}

/**
 * A stand's online charge. Not a workflow on purpose, like the gate's scan: it is the stand's hot
 * path, and everything after the signature check is one statement (`WalletModuleService.charge`),
 * so there is nothing to compensate. Node checks the signature; the database checks the rest.
 */
export async function chargeOnline(scope: MedusaContainer, merchantId: string, body: MerchantCreateChargeType): Promise<OnlineCharge> {
  const claims = await cardClaims(scope, body.credential)
  const wallet = scope.resolve<WalletModuleService>(WALLET_MODULE)
  const answer = await wallet.charge({
    idempotency_key: chargeKey(merchantId, body.idempotency_key),
    merchant_id: merchantId,
    stand_id: body.stand_id ?? null,
    currency_code: body.currency_code,
    amount: body.amount,
    card_id: claims.id,
    card_version: claims.version,
    serial_number: claims.serial_number,
    description: body.description ?? null,
    items: body.items ?? null,
  })
  if ("refusal" in answer) throw refusalError(answer, body)
  if (answer.replayed) assertSameCharge(answer, body, claims.id)
  if (crossesReloadThreshold(answer, answer.reload_threshold)) {
    const data: AutoReloadRequestedEvent = { wallet_id: answer.wallet_id!, trigger_transaction_id: answer.id }
    await scope.resolve(Modules.EVENT_BUS).emit({ name: AUTO_RELOAD_REQUESTED_EVENT, data })
  }
  return answer
}

/** The card a credential names, its signature and key checked (its version is the database's to judge). */
async function cardClaims(scope: MedusaContainer, credential: string) {
  const credentials = scope.resolve<CredentialService>(CREDENTIAL_MODULE_KEY)
  let input: Uint8Array | string = credential
  try {
    if (!credential.startsWith(QR_TEXT_PREFIX)) input = base64UrlToBytes(credential)
  } catch {
    // not base64url: the kernel answers "malformed"
  }
  const verdict = await credentials.verify(input)
  if (!verdict.ok) throw fieldError(MedusaError.Types.INVALID_DATA, "credential", `the credential was rejected: ${verdict.reason}`)
  const { claims } = verdict
  if (claims.kind !== "card" || !claims.serial_number) throw fieldError(MedusaError.Types.INVALID_DATA, "credential", "the credential is not a card's")
  return { id: claims.id, version: claims.version, serial_number: claims.serial_number }
}

/** The same key for a different charge is a client bug, not a replay. */
function assertSameCharge(first: OnlineCharge, body: MerchantCreateChargeType, cardId: string) {
  const sent = { amount: body.amount, currency_code: body.currency_code, card_id: cardId }
  for (const field of ["amount", "currency_code", "card_id"] as const) {
    if (first[field] !== sent[field]) {
      throw fieldError(MedusaError.Types.INVALID_DATA, "idempotency_key", `idempotency key ${body.idempotency_key} was already used for a different ${field}`)
    }
  }
}

function refusalError(answer: ChargeRefusal, body: MerchantCreateChargeType) {
  const { INVALID_DATA, NOT_ALLOWED, NOT_FOUND } = MedusaError.Types
  switch (answer.refusal) {
    case "stand_not_found":
      return fieldError(NOT_FOUND, "stand_id", `Stand ${body.stand_id} was not found`)
    case "no_stand":
      return fieldError(INVALID_DATA, "stand_id", "this merchant has no stand")
    case "several_stands":
      return fieldError(INVALID_DATA, "stand_id", "name the stand: this merchant has several")
    case "currency":
      return fieldError(INVALID_DATA, "currency_code", `stand ${answer.stand_name} charges in ${answer.stand_currency}`)
    case "card_unknown":
      return fieldError(NOT_FOUND, "credential", "the card is not known")
    case "revoked":
      return fieldError(INVALID_DATA, "credential", "the credential was rejected: revoked")
    case "serial":
      return fieldError(INVALID_DATA, "credential", "the credential is bound to another serial number")
    case "card_status":
      return fieldError(NOT_ALLOWED, "credential", `the card is ${answer.status.replace("_", " ")}`)
    case "wrong_event":
      return fieldError(NOT_ALLOWED, "credential", "the card belongs to another event")
    case "no_wallet":
      return fieldError(NOT_ALLOWED, "amount", "insufficient balance: the card's holder has no wallet in this currency")
    case "insufficient":
      return fieldError(NOT_ALLOWED, "amount", `insufficient balance: ${answer.balance} available, ${body.amount} needed`)
  }
}
