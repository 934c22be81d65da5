/** Medusa's built-in provider (authorises at once, no card): what the demo store pays with. */
export const SYSTEM_PROVIDER_ID = "pp_system_default";
/** `@medusajs/payment-stripe` registered with id `stripe` (medusa-config.ts, when STRIPE_API_KEY is set). */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe";

/**
 * A Stripe publishable key (`pk_test_…` / `pk_live_…`). Anything else is not used in a browser: above all not a
 * secret key put in the wrong variable.
 */
export function isStripePublishableKey(key: string | undefined): key is string {
  return typeof key === "string" && /^pk_(test|live)_[A-Za-z0-9]+$/.test(key);
}

export type PaymentChoice = { readonly provider: "stripe"; readonly publishableKey: string } | { readonly provider: "system" };

/**
 * Which provider pays the carts of a region: Stripe when the region offers it and the PWA was given Stripe's
 * publishable key (it needs one to show the Payment Element), else the system provider when the region offers it.
 * Undefined when the PWA can pay with none of the region's providers.
 */
export function choosePaymentProvider(regionProviderIds: readonly string[], stripePublishableKey?: string): PaymentChoice | undefined {
  if (regionProviderIds.includes(STRIPE_PROVIDER_ID) && isStripePublishableKey(stripePublishableKey)) {
    return { provider: "stripe", publishableKey: stripePublishableKey };
  }
  if (regionProviderIds.includes(SYSTEM_PROVIDER_ID)) return { provider: "system" };
  return undefined;
}
