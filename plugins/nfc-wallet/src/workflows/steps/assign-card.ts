import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type AssignCardStepInput = { card_id: string; customer_id: string | null }

export const assignCardStepId = "assign-card-step"

/** Hands a card in stock to a customer (a conditional update: a card taken meanwhile is refused). Undo puts it back in stock. */
export const assignCardStep = createStep(
  assignCardStepId,
  async ({ card_id, customer_id }: AssignCardStepInput, { container }) => {
    if (!customer_id) throw fieldError(MedusaError.Types.NOT_ALLOWED, "code", "the code confirms no customer")
    const card = await container.resolve<WalletModuleService>(WALLET_MODULE).assignCard(card_id, customer_id)
    if (!card) throw fieldError(MedusaError.Types.NOT_ALLOWED, "serial_number", "the card is no longer in stock")
    return new StepResponse(card, card_id)
  },
  async (cardId, { container }) => {
    if (!cardId) return
    await container.resolve<WalletModuleService>(WALLET_MODULE).changeCardStatus(cardId, ["active"], "in_stock", { customer_id: null })
  }
)
