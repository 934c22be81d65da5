import { STRIPE_PROVIDER_ID } from "./payment-choice.js";

/** A payment session as the store API returns it (`payment_collection.payment_sessions`). */
export interface SessionLike {
  readonly provider_id?: string | null;
  readonly data?: Record<string, unknown> | null;
}

/**
 * The client secret of the cart's Stripe session: Medusa's Stripe provider keeps the PaymentIntent it created in
 * the session's `data`. Undefined when the cart has no Stripe session (none yet, or Medusa dropped it because the
 * cart's total changed).
 */
export function stripeClientSecret(sessions: readonly SessionLike[] | null | undefined): string | undefined {
  const session = sessions?.find((candidate) => candidate.provider_id === STRIPE_PROVIDER_ID);
  const secret = session?.data?.client_secret;
  return typeof secret === "string" && secret !== "" ? secret : undefined;
}

/**
 * What to do with a session's PaymentIntent before showing the payment form: a buyer whose payment went through
 * while completing the cart failed (a retry) must not pay twice, and a cancelled intent (or one Stripe does not
 * know: no status) cannot be paid at all.
 */
export function intentNext(status: string | undefined): "complete" | "pay" | "new-session" {
  if (status === "succeeded" || status === "requires_capture" || status === "processing") return "complete";
  if (status === "canceled" || status === undefined) return "new-session";
  return "pay";
}
