import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { resolveSignedCard } from "../utils/resolve-card"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type ResolveAssignableCardStepInput = { merchant_id: string; serial_number?: string; credential?: string }

export const resolveAssignableCardStepId = "resolve-assignable-card-step"

/**
 * The card a merchant hands out, by the tag's serial number or its credential: it must be in stock and
 * in the merchant's scope (a card of an event none of its stands serves is a 404, as if unknown).
 */
export const resolveAssignableCardStep = createStep(
  resolveAssignableCardStepId,
  async ({ merchant_id, serial_number, credential }: ResolveAssignableCardStepInput, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const field = credential ? "credential" : "serial_number"
    const card = credential
      ? await resolveSignedCard(container, credential)
      : (await wallet.listCards({ serial_number: serial_number!.toLowerCase() }))[0]
    const stands = await wallet.standsOf(merchant_id)
    const inScope = card && stands.some((s) => !s.event_id || !card.event_id || s.event_id === card.event_id)
    if (!card || !inScope) throw fieldError(MedusaError.Types.NOT_FOUND, field, "no such card at this merchant's stands")
    if (card.status !== "in_stock") throw fieldError(MedusaError.Types.NOT_ALLOWED, field, `the card is ${card.status.replace("_", " ")}, not in stock`)
    return new StepResponse({ id: card.id })
  }
)
