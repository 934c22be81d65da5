import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { PostedTransaction } from "../../modules/wallet/service"
import { TOP_UP_METADATA_KEY, TOP_UP_PRODUCT_HANDLE, toMinorUnits } from "../utils/top-up"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type TopUpOrder = {
  id: string
  customer_id?: string | null
  currency_code: string
  items?: ({
    id: string
    product_handle?: string | null
    unit_price: number | string
    metadata?: Record<string, unknown> | null
    detail?: { quantity: number | string } | null
  } | null)[] | null
}

export const creditTopUpsStepId = "credit-top-ups-step"

/** An order's top-up lines: the top-up product, marked by our route, with what was paid for them in minor units. */
export function topUpLines(order: TopUpOrder) {
  return (order.items ?? [])
    .filter((item) => item && item.product_handle === TOP_UP_PRODUCT_HANDLE && item.metadata?.[TOP_UP_METADATA_KEY])
    .map((item) => ({ id: item!.id, amount: toMinorUnits(item!.unit_price) * Number(item!.detail?.quantity ?? 1) }))
    .filter((line) => line.amount > 0)
}

/**
 * Credits the customer's wallet with each top-up line of a placed order, from the platform float, once
 * per line (the line id is the idempotency key), so a redelivered order.placed credits nothing twice.
 * The maximum balance was checked when the line was added; money already paid is always credited.
 */
export const creditTopUpsStep = createStep(creditTopUpsStepId, async ({ order }: { order: TopUpOrder }, { container }) => {
  const lines = topUpLines(order)
  if (!lines.length || !order.customer_id) return new StepResponse([] as PostedTransaction[])
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const holder = await wallet.ensureWallet(order.customer_id, order.currency_code)
  const credited: PostedTransaction[] = []
  for (const line of lines) {
    credited.push(
      await wallet.creditFromFloat({
        wallet_id: holder.id,
        amount: line.amount,
        kind: "top_up",
        idempotency_key: `top-up:${line.id}`,
        description: "Top-up",
        metadata: { order_id: order.id, line_item_id: line.id },
      })
    )
  }
  return new StepResponse(credited)
})
