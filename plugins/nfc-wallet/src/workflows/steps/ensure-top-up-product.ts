import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { TOP_UP_PRODUCT_HANDLE } from "../utils/top-up"

export type EnsureTopUpProductStepInput = { sales_channel_id: string; currency_codes: string[] }

export const ensureTopUpProductStepId = "ensure-top-up-product-step"

/**
 * The top-up product, created once: one variant, no inventory and no shipping profile, so a cart
 * holding only top-ups completes without shipping. Its nominal price is never charged: the line's
 * custom unit price is the amount. Returns the variant id.
 */
export const ensureTopUpProductStep = createStep(
  ensureTopUpProductStepId,
  async ({ sales_channel_id, currency_codes }: EnsureTopUpProductStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [existing] } = await query.graph({
      entity: "product",
      fields: ["id", "variants.id"],
      filters: { handle: TOP_UP_PRODUCT_HANDLE },
    })
    if (existing?.variants?.[0]) return new StepResponse({ variant_id: existing.variants[0].id, product_id: existing.id })
    const { result: [product] } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: "Wallet top-up",
            handle: TOP_UP_PRODUCT_HANDLE,
            status: "published",
            description: "Credit for your Tessera wallet, spent with your wristband at every stand.",
            options: [{ title: "Amount", values: ["Custom"] }],
            variants: [
              {
                title: "Custom amount",
                options: { Amount: "Custom" },
                manage_inventory: false,
                prices: currency_codes.map((currency_code) => ({ amount: 1, currency_code })),
              },
            ],
            sales_channels: [{ id: sales_channel_id }],
          },
        ],
      },
    })
    return new StepResponse({ variant_id: product.variants[0].id, product_id: product.id })
  }
)
