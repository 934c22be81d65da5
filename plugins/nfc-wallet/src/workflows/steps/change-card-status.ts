import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type ChangeCardStatusStepInput = {
  card_id: string
  to: "blocked" | "lost" | "active"
  /** When given, the card must be this customer's (else 404, as if it did not exist). */
  customer_id?: string
}

export const changeCardStatusStepId = "change-card-status-step"

const ALLOWED_FROM: Record<ChangeCardStatusStepInput["to"], string[]> = {
  blocked: ["assigned", "active"],
  lost: ["assigned", "active", "blocked"],
  active: ["blocked"],
}

/**
 * Blocks, reports lost or unblocks a card; every change bumps its version, so credentials written
 * before stop verifying (an unblocked card needs its tag rewritten). Undo restores the status; the
 * version stays bumped, which only revokes more.
 */
export const changeCardStatusStep = createStep(
  changeCardStatusStepId,
  async ({ card_id, to, customer_id }: ChangeCardStatusStepInput, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const [card] = await wallet.listCards({ id: card_id, ...(customer_id ? { customer_id } : {}) })
    if (!card) throw fieldError(MedusaError.Types.NOT_FOUND, "id", `Card ${card_id} was not found`)
    const changed = await wallet.changeCardStatus(card_id, ALLOWED_FROM[to], to)
    if (!changed) throw fieldError(MedusaError.Types.NOT_ALLOWED, "status", `a ${card.status.replace("_", " ")} card cannot become ${to}`)
    return new StepResponse(changed, { card_id, status: card.status, to })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<WalletModuleService>(WALLET_MODULE).changeCardStatus(previous.card_id, [previous.to], previous.status)
  }
)
