import { request } from "../../core/api/request.js";
import { getRuntimeConfig } from "../../core/api/runtime-config.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import { Observable } from "../../core/ui/observable.js";
import { customerSession, onSignedIn } from "../account/customer-session.js";
import { paymentStep, type PaymentStep } from "./payment.js";
import { choosePaymentProvider } from "./payment-choice.js";

export type StoreCart = Awaited<ReturnType<StorefrontSdk["store"]["cart"]["retrieve"]>>["cart"];
type CompletedOrder = { id: string; display_id?: number };

const CART_ID_KEY = "tessera.cart_id";
const CART_FIELDS =
  "id,email,currency_code,region_id,customer_id,completed_at,total,subtotal,item_total,tax_total," +
  "*items,payment_collection.id";

/**
 * The shopper's cart, for the whole customer area (customer-app provides it as `cartContext`). Its id is kept in
 * localStorage so the cart survives a reload; a cart that is gone or already completed is forgotten.
 */
export const cartState = new Observable<StoreCart | undefined>(undefined);

/** A wallet top-up line (plugins/nfc-wallet marks them in the line's metadata), not a ticket. */
export function isWalletTopUp(item: { metadata?: Record<string, unknown> | null }): boolean {
  return item.metadata?.wallet_top_up === true;
}

/** A readable refusal from checkout (its message is shown as is). */
export class CheckoutError extends Error {
  override name = "CheckoutError";
}

function setCart(cart: StoreCart | undefined): StoreCart | undefined {
  if (cart && !cart.completed_at) localStorage.setItem(CART_ID_KEY, cart.id);
  else localStorage.removeItem(CART_ID_KEY);
  cartState.set(cart && !cart.completed_at ? cart : undefined);
  return cartState.value;
}

export async function loadCart(sdk: StorefrontSdk, signal: AbortSignal): Promise<StoreCart | undefined> {
  const id = localStorage.getItem(CART_ID_KEY);
  if (!id) return setCart(undefined);
  try {
    const { cart } = await request(sdk.store.cart.retrieve(id, { fields: CART_FIELDS }), signal);
    return setCart(cart);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return setCart(undefined);
    // offline: keep the id, the cart shows again once the backend answers
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/** A signed-in customer takes over the guest cart, so the order (and its tickets) is theirs. */
onSignedIn(async (sdk, signal) => {
  const cart = cartState.value;
  const session = customerSession.value;
  if (!cart || session.status !== "signed-in" || cart.customer_id === session.customer.id) return;
  const { cart: transferred } = await request(sdk.store.cart.transferCart(cart.id, { fields: CART_FIELDS }), signal);
  setCart(transferred);
});

async function regionFor(sdk: StorefrontSdk, currency: string, signal: AbortSignal): Promise<string> {
  const { regions } = await request(sdk.store.region.list({ fields: "id,currency_code" }), signal);
  const region = regions.find((candidate) => candidate.currency_code === currency.toLowerCase());
  if (!region) throw new CheckoutError(`Tickets priced in ${currency.toUpperCase()} cannot be bought here.`);
  return region.id;
}

/** The open cart, or a new one in the region of `currency`; a cart in another currency is refused. */
export async function ensureCart(sdk: StorefrontSdk, currency: string, signal: AbortSignal): Promise<StoreCart> {
  const cart = cartState.value;
  if (cart && cart.currency_code !== currency.toLowerCase()) {
    throw new CheckoutError(`Your cart holds tickets in ${cart.currency_code.toUpperCase()}: check it out or empty it first.`);
  }
  if (cart) return cart;
  const region_id = await regionFor(sdk, currency, signal);
  const session = customerSession.value;
  const email = session.status === "signed-in" ? session.customer.email : undefined;
  const { cart: created } = await request(sdk.store.cart.create({ region_id, email }, { fields: CART_FIELDS }), signal);
  return setCart(created) as StoreCart;
}

/** Adds tickets, creating a cart in the region of their currency when there is none yet. */
export async function addToCart(sdk: StorefrontSdk, variantId: string, quantity: number, currency: string, signal: AbortSignal): Promise<StoreCart> {
  const cart = await ensureCart(sdk, currency, signal);
  const { cart: updated } = await request(
    sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, { fields: CART_FIELDS }),
    signal,
  );
  return setCart(updated) as StoreCart;
}

export async function setLineQuantity(sdk: StorefrontSdk, lineId: string, quantity: number, signal: AbortSignal): Promise<void> {
  const cart = cartState.value;
  if (!cart) return;
  if (quantity <= 0) {
    await request(sdk.store.cart.deleteLineItem(cart.id, lineId), signal);
    await loadCart(sdk, signal);
    return;
  }
  const { cart: updated } = await request(sdk.store.cart.updateLineItem(cart.id, lineId, { quantity }, { fields: CART_FIELDS }), signal);
  setCart(updated);
}

/**
 * The payment step for the cart's region: Stripe's Payment Element when the region offers Stripe and /config.json
 * has its publishable key, else the system provider (the demo).
 */
export async function paymentStepFor(sdk: StorefrontSdk, cart: StoreCart, signal: AbortSignal): Promise<PaymentStep | undefined> {
  if (!cart.region_id) return undefined;
  const [{ payment_providers }, config] = await Promise.all([
    request(sdk.store.payment.listPaymentProviders({ region_id: cart.region_id }), signal),
    getRuntimeConfig(signal),
  ]);
  const choice = choosePaymentProvider(
    payment_providers.map((provider) => provider.id),
    config.stripe_publishable_key,
  );
  return paymentStep(choice);
}

/**
 * Checkout for tickets, which need no shipping: email → payment session → complete. Returns the order; a cart the
 * backend refuses to complete (sold out meanwhile, payment declined) raises a CheckoutError with its reason.
 */
export async function checkout(sdk: StorefrontSdk, email: string, step: PaymentStep, signal: AbortSignal): Promise<CompletedOrder> {
  const current = cartState.value;
  if (!current?.items?.length) throw new CheckoutError("Your cart is empty.");
  const { cart } = await request(sdk.store.cart.update(current.id, { email }, { fields: CART_FIELDS }), signal);
  await step.pay(sdk, cart, signal);
  const completed = await request(sdk.store.cart.complete(cart.id), signal);
  if (completed.type !== "order") {
    throw new CheckoutError(completed.error?.message || "The order could not be placed. Check your cart and try again.");
  }
  setCart(undefined);
  return completed.order;
}
