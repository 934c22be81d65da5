import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { otpRefusalMessage } from "../../modules/wallet/utils/otp"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type ConfirmOtpStepInput = { phone: string; purpose: string; code: string }

export const confirmOtpStepId = "confirm-otp-step"

/**
 * Checks and consumes the code a number received for a purpose; a refusal is a 400 on `code` (the
 * attempt stays counted). Undo gives the code back, so a later failure does not cost the customer it.
 */
export const confirmOtpStep = createStep(
  confirmOtpStepId,
  async (input: ConfirmOtpStepInput, { container }) => {
    const check = await container.resolve<WalletModuleService>(WALLET_MODULE).checkOtp(input)
    if (!check.ok) throw fieldError(MedusaError.Types.NOT_ALLOWED, "code", otpRefusalMessage(check))
    return new StepResponse({ subject_id: check.subject_id }, check.id)
  },
  async (challengeId, { container }) => {
    if (!challengeId) return
    await container.resolve<WalletModuleService>(WALLET_MODULE).releaseOtp(challengeId)
  }
)
