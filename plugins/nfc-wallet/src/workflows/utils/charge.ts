import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { TransactionInput } from "../../modules/wallet/service"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { WALLET_MODULE, type WalletModuleService } from "./services"

/** Either the transaction a retried key already made, or the transaction to post. */
export type ChargePlan = {
  existing_id?: string
  transaction?: TransactionInput
}

/** Idempotency keys are the merchant's own: two merchants choosing the same key never meet. */
export const chargeKey = (merchantId: string, key: string) => `charge:${merchantId}:${key}`

/** The merchant's stand for a charge: the one named (404 when not the merchant's), or its only one. */
export async function merchantStand(container: MedusaContainer, merchantId: string, standId: string | undefined) {
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const stands = await wallet.standsOf(merchantId)
  if (standId) {
    const stand = stands.find((s) => s.id === standId)
    if (!stand) throw fieldError(MedusaError.Types.NOT_FOUND, "stand_id", `Stand ${standId} was not found`)
    return stand
  }
  if (stands.length !== 1) {
    throw fieldError(MedusaError.Types.INVALID_DATA, "stand_id", stands.length ? "name the stand: this merchant has several" : "this merchant has no stand")
  }
  return stands[0]
}
