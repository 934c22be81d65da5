import { INSTANCE_ID } from "./instance"
import type { ConfigModule } from "@medusajs/framework/types"

export type PlatformInfo = {
  database: { mode: "embedded" | "external"; host: string | null }
  redis: { enabled: boolean }
  payment: { providers: string[] }
  worker_mode: string
  instance: string
  last_worker_heartbeat: { instance: string; at: string } | null
  node: string
}

const databaseHost = (url: string | undefined): string | null => {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || "5432"}`
  } catch {
    return null
  }
}

/** How this instance runs; never includes secrets (no passwords, no full URLs). */
export function platformInfo(
  config: ConfigModule,
  paymentProviders: string[],
  lastWorkerHeartbeat: PlatformInfo["last_worker_heartbeat"]
): PlatformInfo {
  const { projectConfig } = config
  return {
    database: {
      mode: process.env.TESSERA_DB_MODE === "embedded" ? "embedded" : "external",
      host: databaseHost(projectConfig.databaseUrl),
    },
    redis: { enabled: Boolean(projectConfig.redisUrl) },
    payment: { providers: paymentProviders },
    worker_mode: projectConfig.workerMode ?? "shared",
    instance: INSTANCE_ID,
    last_worker_heartbeat: lastWorkerHeartbeat,
    node: process.version,
  }
}
