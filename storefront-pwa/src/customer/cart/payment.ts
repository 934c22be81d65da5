import { html, type TemplateResult } from "lit";
import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import type { StoreCart } from "./cart-store.js";
import { SYSTEM_PROVIDER_ID, STRIPE_PROVIDER_ID, type PaymentChoice } from "./payment-choice.js";

/**
 * How one payment provider pays a cart: the seam between checkout and a provider. Checkout asks the cart's region
 * which providers it offers, `choosePaymentProvider` picks one, and `paymentStep` gives its step.
 */
export interface PaymentStep {
  readonly providerId: string;
  /** Shown on the pay button, e.g. "Pay (demo)". */
  readonly label: string;
  /** A line about how the buyer will pay; none for the system provider. */
  render?(): TemplateResult;
  /** Leaves the cart ready to complete: a payment session exists and, where needed, is authorised by the buyer. */
  pay(sdk: StorefrontSdk, cart: StoreCart, signal: AbortSignal): Promise<void>;
}

/** Medusa's built-in provider: authorises at once, no card. The demo store pays with it. */
const systemPayment: PaymentStep = {
  providerId: SYSTEM_PROVIDER_ID,
  label: "Pay (demo, no card needed)",
  async pay(sdk, cart, signal) {
    await request(sdk.store.payment.initiatePaymentSession(cart, { provider_id: SYSTEM_PROVIDER_ID }), signal);
  },
};

/** Stripe's Payment Element in a sheet over the page; Stripe.js and the sheet load only when the buyer pays. */
function stripePayment(publishableKey: string): PaymentStep {
  return {
    providerId: STRIPE_PROVIDER_ID,
    label: "Continue to payment",
    render: () => html`<p class="muted">You pay by card (or another method Stripe offers) in Stripe's secure form.</p>`,
    async pay(sdk, cart, signal) {
      const { payWithStripe } = await import("./stripe-payment.js");
      await payWithStripe(sdk, cart, publishableKey, signal);
    },
  };
}

export function paymentStep(choice: PaymentChoice | undefined): PaymentStep | undefined {
  if (choice?.provider === "stripe") return stripePayment(choice.publishableKey);
  if (choice?.provider === "system") return systemPayment;
  return undefined;
}
