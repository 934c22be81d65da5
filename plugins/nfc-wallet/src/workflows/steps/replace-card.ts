import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type ReplaceCardStepInput = { card_id: string; serial_number: string }

export const replaceCardStepId = "replace-card-step"

/** Moves a holder from one card to a card in stock, atomically (see the service). */
export const replaceCardStep = createStep(replaceCardStepId, async ({ card_id, serial_number }: ReplaceCardStepInput, { container }) => {
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  return new StepResponse(await wallet.replaceCard(card_id, serial_number))
})
