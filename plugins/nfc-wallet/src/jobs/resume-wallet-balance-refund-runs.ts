import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resumeWalletBalanceRefundRunsWorkflow } from "../workflows/resume-wallet-balance-refund-runs"

/** Balance refund runs whose worker died (a restart mid-run) go on with a new one, or are failed after too many tries. */
export default async function resumeWalletBalanceRefundRuns(container: MedusaContainer) {
  const { result } = await resumeWalletBalanceRefundRunsWorkflow(container).run({ input: {} })
  if (!result.length) return
  container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).info(`balance refund runs taken over: ${JSON.stringify(result)}`)
}

// every minute: with the five-minute limit a run left by a restart goes on within six
export const config = { name: "tessera-resume-wallet-balance-refund-runs", schedule: "* * * * *" }
