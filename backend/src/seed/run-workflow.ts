import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs one of the app's own workflows by id. Importing a plugin's or the app's workflow source
 * here would register a second copy beside the built one the app loaded.
 */
export async function runWorkflowById<I, O>(container: MedusaContainer, id: string, input: I): Promise<O> {
  const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  const { result } = await engine.run(id, { input, throwOnError: true })
  return result as O
}
