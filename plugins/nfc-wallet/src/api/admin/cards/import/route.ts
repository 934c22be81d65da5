import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import { serialNumbersFromCsv } from "../csv"
import type { AdminImportCardsType } from "../validators"

/** Bulk import of serial numbers as cards in stock; serials already known are skipped and counted. */
export async function POST(req: AuthenticatedMedusaRequest<AdminImportCardsType>, res: MedusaResponse) {
  const { csv, kind, event_id, offline_cap } = req.validatedBody
  const serials = serialNumbersFromCsv(csv)
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const result = await wallet.importCards(serials.map((serial_number) => ({ serial_number, kind, event_id, offline_cap })))
  res.json({ import: { ...result, total: serials.length } })
}
