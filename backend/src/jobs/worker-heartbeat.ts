import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INSTANCE_ID } from "../lib/instance"
import { writeMeta } from "../lib/meta"

export type WorkerHeartbeat = { instance: string; at: string }

/**
 * Records which instance last ran scheduled work, and when. Jobs run only on workers (or a
 * shared instance), so the platform page can tell whether any worker is alive.
 */
export default async function workerHeartbeat(container: MedusaContainer) {
  const beat: WorkerHeartbeat = { instance: INSTANCE_ID, at: new Date().toISOString() }
  await writeMeta(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), "worker_heartbeat", beat)
}

export const config = { name: "tessera-worker-heartbeat", schedule: "* * * * *" }
