import type { WalletModuleService } from "./services"

export type CapturedReload = { id: string; wallet_id: string; amount: number; provider_id: string | null; payment_collection_id: string | null }

/**
 * Credits a captured auto-reload and records the attempt as succeeded. The ledger key is the
 * attempt's id, and both the normal path and the stale-reload sweeper come through here, so however
 * many times and by whichever path it runs, the wallet is credited once.
 */
export async function creditCapturedReload(wallet: WalletModuleService, reload: CapturedReload, payment_id: string) {
  const credited = await wallet.creditFromFloat({
    wallet_id: reload.wallet_id,
    amount: reload.amount,
    kind: "top_up",
    idempotency_key: `reload:${reload.id}`,
    description: "Auto-reload",
    metadata: { wallet_reload_id: reload.id, payment_id },
  })
  return wallet.updateWalletReloads({
    id: reload.id,
    status: "succeeded",
    provider_id: reload.provider_id,
    payment_collection_id: reload.payment_collection_id,
    payment_id,
    transaction_id: credited.id,
    error: null,
  })
}
