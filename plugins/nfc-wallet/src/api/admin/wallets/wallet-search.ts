import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"

/** A serial number as cards store it (lowercase hex, no separators), or null when `q` cannot be part of one. */
const serialFragment = (q: string): string | null => {
  const hex = q.replace(/[\s:-]/g, "").toLowerCase()
  return /^[0-9a-f]{2,}$/.test(hex) ? hex : null
}

/**
 * The customers a wallet search means: those whose email, name or phone contains `q` (Medusa's
 * customer search), and the holders of cards whose serial number contains it ("04:DE:AD…" too).
 */
export async function customersMatching(scope: MedusaContainer, q: string): Promise<string[]> {
  const serial = serialFragment(q)
  const [{ data: customers }, cards] = await Promise.all([
    scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["id"], filters: { q } }),
    serial
      ? scope.resolve<WalletModuleService>(WALLET_MODULE).listCards({ q: serial, customer_id: { $ne: null } }, { select: ["customer_id"] })
      : Promise.resolve([]),
  ])
  const ids = new Set<string>((customers as { id: string }[]).map((c) => c.id))
  for (const card of cards) if (card.customer_id) ids.add(card.customer_id)
  return [...ids]
}
