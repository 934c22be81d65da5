import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { WorkerHeartbeat } from "../../../jobs/worker-heartbeat"
import { readMeta } from "../../../lib/meta"
import { platformInfo } from "../../../lib/platform-info"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const payment = req.scope.resolve(Modules.PAYMENT)
  const providers = await payment.listPaymentProviders({ is_enabled: true }, { select: ["id"] })
  const heartbeat = await readMeta<WorkerHeartbeat>(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), "worker_heartbeat")
  res.json({ platform: platformInfo(config, providers.map((p) => p.id), heartbeat) })
}
