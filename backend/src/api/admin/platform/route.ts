import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { platformInfo } from "../../../lib/platform-info"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const payment = req.scope.resolve(Modules.PAYMENT)
  const providers = await payment.listPaymentProviders({ is_enabled: true }, { select: ["id"] })
  res.json({ platform: platformInfo(config, providers.map((p) => p.id)) })
}
