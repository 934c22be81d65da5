import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { normaliseSerialNumber } from "@tessera/credentials/codec"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../../../modules/wallet/utils/field-error"
import { replaceWalletCardWorkflow } from "../../../../../workflows"
import type { AdminReplaceCardType } from "../../validators"

/** Replaces a holder's card by the card in stock with the given serial number. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReplaceCardType>, res: MedusaResponse) {
  let serial: string
  try {
    serial = normaliseSerialNumber(req.validatedBody.serial_number)
  } catch {
    throw fieldError(MedusaError.Types.INVALID_DATA, "serial_number", "must be an NFC serial number (hex bytes)")
  }
  const { result } = await replaceWalletCardWorkflow(req.scope).run({ input: { card_id: req.params.id, serial_number: serial } })
  res.json({ card: result })
}
