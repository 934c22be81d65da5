import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { WALLET_LIMITS } from "../../modules/wallet/utils/limits"
import { TOP_UP_METADATA_KEY, TOP_UP_PRODUCT_HANDLE, toMajorUnits, toMinorUnits } from "../utils/top-up"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type ValidateTopUpStepInput = { customer_id: string; cart_id: string; amount: number }

type TopUpCart = {
  id: string
  customer_id: string | null
  currency_code: string
  completed_at: Date | null
  items?: ({ product_handle?: string | null; unit_price: number | string; quantity: number | string; metadata?: Record<string, unknown> | null } | null)[] | null
}

export const validateTopUpStepId = "validate-top-up-step"

/**
 * Checks a top-up before it joins a cart: the cart is the customer's own and open (else 404), the
 * amount is within the top-up limits, and the wallet would stay under its maximum balance counting
 * the top-ups already in the cart. Returns the line to add.
 */
export const validateTopUpStep = createStep(validateTopUpStepId, async (input: ValidateTopUpStepInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = (await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "currency_code", "completed_at", "items.product_handle", "items.unit_price", "items.quantity", "items.metadata"],
    filters: { id: input.cart_id },
  })) as { data: TopUpCart[] }
  if (!cart || cart.customer_id !== input.customer_id || cart.completed_at) {
    throw fieldError(MedusaError.Types.NOT_FOUND, "cart_id", `Cart ${input.cart_id} was not found`)
  }
  if (input.amount < WALLET_LIMITS.min_top_up || input.amount > WALLET_LIMITS.max_top_up) {
    throw fieldError(MedusaError.Types.INVALID_DATA, "amount", `a top-up is between ${WALLET_LIMITS.min_top_up} and ${WALLET_LIMITS.max_top_up} minor units`)
  }
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const [holder] = await wallet.listWallets({ customer_id: input.customer_id, currency_code: cart.currency_code })
  const balance = holder ? await wallet.walletBalance(holder.id) : 0
  const pending = (cart.items ?? [])
    .filter((item) => item?.product_handle === TOP_UP_PRODUCT_HANDLE && item.metadata?.[TOP_UP_METADATA_KEY])
    .reduce((sum, item) => sum + toMinorUnits(item!.unit_price) * Number(item!.quantity), 0)
  const maxBalance = holder?.max_balance ?? WALLET_LIMITS.max_balance
  if (balance + pending + input.amount > maxBalance) {
    throw fieldError(MedusaError.Types.NOT_ALLOWED, "amount", `the wallet may hold at most ${maxBalance}; it holds ${balance} and the cart already tops up ${pending}`)
  }
  const { data: [product] } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle: TOP_UP_PRODUCT_HANDLE } })
  const variantId = product?.variants?.[0]?.id
  if (!variantId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This store does not sell wallet top-ups")
  return new StepResponse({
    cart_id: cart.id,
    items: [{ variant_id: variantId, quantity: 1, unit_price: toMajorUnits(input.amount), metadata: { [TOP_UP_METADATA_KEY]: true } }],
  })
})
