import type { Stripe } from "@stripe/stripe-js";
import { loadStripe } from "@stripe/stripe-js/pure";
import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import { formatMoney } from "../../core/ui/format.js";
import { CheckoutError, type StoreCart } from "./cart-store.js";
import { showStripeSheet } from "./customer-stripe-sheet.js";
import { STRIPE_PROVIDER_ID } from "./payment-choice.js";
import { intentNext, stripeClientSecret, type SessionLike } from "./stripe-session.js";

// This module is only ever imported dynamically (payment.ts), so Stripe.js and its loader stay out of the initial
// JS and out of the cart page's chunk; `pure` adds js.stripe.com's script only when loadStripe is called.

const SESSION_FIELDS = "id,payment_collection.id,payment_collection.payment_sessions.provider_id,payment_collection.payment_sessions.data";

const stripes = new Map<string, Promise<Stripe>>();

/** One Stripe.js instance per key; a failed load (offline, blocked) is forgotten so the next try loads again. */
function stripeFor(publishableKey: string): Promise<Stripe> {
  let stripe = stripes.get(publishableKey);
  if (!stripe) {
    stripe = loadStripe(publishableKey).then((loaded) => {
      if (!loaded) throw new Error("Stripe.js is not available here");
      return loaded;
    });
    stripe.catch(() => stripes.delete(publishableKey));
    stripes.set(publishableKey, stripe);
  }
  return stripe.catch(() => {
    throw new CheckoutError("Stripe's payment form could not load. Check the connection, then try again.");
  });
}

/** The secret of the Stripe session the cart already has (a retry), if any. */
async function existingSecret(sdk: StorefrontSdk, cartId: string, signal: AbortSignal): Promise<string | undefined> {
  const { cart } = await request(sdk.store.cart.retrieve(cartId, { fields: SESSION_FIELDS }), signal);
  return stripeClientSecret(cart.payment_collection?.payment_sessions as SessionLike[] | undefined);
}

/** A new Stripe session for the cart's total (Medusa replaces any other session of the cart). */
async function startSession(sdk: StorefrontSdk, cart: StoreCart, signal: AbortSignal): Promise<string> {
  const { payment_collection } = await request(
    sdk.store.payment.initiatePaymentSession(cart, { provider_id: STRIPE_PROVIDER_ID }),
    signal,
  );
  const secret = stripeClientSecret(payment_collection.payment_sessions as SessionLike[] | undefined);
  if (!secret) throw new CheckoutError("Stripe did not start the payment. Try again in a moment.");
  return secret;
}

/**
 * Pays the cart through Stripe: a payment session (its PaymentIntent's client secret), Stripe's Payment Element in
 * a sheet, `confirmPayment` there. Resolves once the buyer has paid, so checkout completes the cart; cancelling
 * rejects with a CheckoutError. A retry after a payment that went through (the cart's completion failed) goes
 * straight on to completing the cart instead of charging again.
 */
export async function payWithStripe(sdk: StorefrontSdk, cart: StoreCart, publishableKey: string, signal: AbortSignal): Promise<void> {
  const stripe = await stripeFor(publishableKey);
  let secret = await existingSecret(sdk, cart.id, signal);
  if (secret) {
    const { paymentIntent } = await stripe.retrievePaymentIntent(secret);
    const next = intentNext(paymentIntent?.status);
    if (next === "complete") return;
    if (next === "new-session") secret = undefined;
  }
  secret ??= await startSession(sdk, cart, signal);
  const outcome = await showStripeSheet({
    stripe,
    clientSecret: secret,
    amount: formatMoney({ amount: Number(cart.total ?? 0), currency_code: cart.currency_code }),
    returnUrl: new URL("/cart", location.origin).href,
  });
  if (outcome === "cancelled") throw new CheckoutError("Payment cancelled: nothing was charged.");
}
