import type { TemplateResult } from "lit";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import type { StoreCart } from "./cart-store.js";

/**
 * How one payment provider pays a cart: the seam between checkout and a provider. Checkout asks the cart's region
 * which providers it offers and uses the first one registered in PAYMENT_STEPS.
 *
 * Stripe goes here when configured: a step for `pp_stripe_stripe` that creates the session (its client secret is
 * in the session's `data`), renders Stripe's Payment Element in `render()` (loading Stripe.js lazily) and in
 * `pay` confirms the payment with it before checkout completes the cart.
 */
export interface PaymentStep {
  readonly providerId: string;
  /** Shown on the pay button, e.g. "Pay (demo)". */
  readonly label: string;
  /** Provider UI (card fields); none for the system provider. */
  render?(): TemplateResult;
  /** Leaves the cart ready to complete: a payment session exists and, where needed, is authorised by the buyer. */
  pay(sdk: StorefrontSdk, cart: StoreCart): Promise<void>;
}

/** Medusa's built-in provider: authorises at once, no card. The demo store pays with it. */
const systemPayment: PaymentStep = {
  providerId: "pp_system_default",
  label: "Pay (demo, no card needed)",
  async pay(sdk, cart) {
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" });
  },
};

const PAYMENT_STEPS: readonly PaymentStep[] = [systemPayment];

/** The step for the first provider the region offers that the PWA knows how to pay with. */
export function choosePaymentStep(providerIds: readonly string[]): PaymentStep | undefined {
  for (const id of providerIds) {
    const step = PAYMENT_STEPS.find((candidate) => candidate.providerId === id);
    if (step) return step;
  }
  return undefined;
}
