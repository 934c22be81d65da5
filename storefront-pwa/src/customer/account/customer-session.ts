import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import { Observable } from "../../core/ui/observable.js";
import { forgetSavedTickets } from "../tickets/ticket-cache.js";

export interface CustomerProfile {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
}

export type SessionState =
  | { readonly status: "unknown" }
  | { readonly status: "guest" }
  | { readonly status: "signed-in"; readonly customer: CustomerProfile };

export interface Registration {
  email: string;
  password: string;
  first_name: string;
  last_name: string;
}

const ACTOR = "customer";
/** The profile last read online, so a reload without network stays signed in (the token is kept by the SDK). */
const PROFILE_KEY = "tessera.customer";
const METHOD = "emailpass";
const CUSTOMER_FIELDS = "id,email,first_name,last_name";

/**
 * Who is signed in, for the whole customer area (customer-app provides it as `sessionContext`). The SDK keeps the
 * JWT in localStorage, so a reload stays signed in; `restore` asks the backend whether the token still holds.
 */
export const customerSession = new Observable<SessionState>({ status: "unknown" });

/** Run after every sign-in (cart-store.ts hands a guest cart over to the customer). */
type SignedInListener = (sdk: StorefrontSdk, signal: AbortSignal) => Promise<void>;
const signedInListeners = new Set<SignedInListener>();
export function onSignedIn(listener: SignedInListener): void {
  signedInListeners.add(listener);
}

async function loadCustomer(sdk: StorefrontSdk, signal: AbortSignal): Promise<void> {
  const { customer } = await request(sdk.store.customer.retrieve({ fields: CUSTOMER_FIELDS }), signal);
  localStorage.setItem(PROFILE_KEY, JSON.stringify(customer));
  customerSession.set({ status: "signed-in", customer });
  await Promise.all([...signedInListeners].map((listener) => listener(sdk, signal)));
}

export async function restoreSession(sdk: StorefrontSdk, signal: AbortSignal): Promise<void> {
  if (!(await sdk.client.getToken())) {
    customerSession.set({ status: "guest" });
    return;
  }
  try {
    await loadCustomer(sdk, signal);
  } catch (error) {
    // no answer at all (offline): trust the token until the backend can say otherwise
    const saved = localStorage.getItem(PROFILE_KEY);
    if (error instanceof TypeError && saved) {
      customerSession.set({ status: "signed-in", customer: JSON.parse(saved) as CustomerProfile });
      return;
    }
    if ((error as { status?: number }).status !== 401) throw error;
    await forget(sdk);
  }
}

/** Sessions end here: the token, the saved profile and the tickets saved for offline use go. */
async function forget(sdk: StorefrontSdk): Promise<void> {
  await sdk.client.clearToken();
  localStorage.removeItem(PROFILE_KEY);
  await forgetSavedTickets().catch(() => undefined); // no IndexedDB (private mode): nothing was saved
  customerSession.set({ status: "guest" });
}

export async function signIn(sdk: StorefrontSdk, email: string, password: string, signal: AbortSignal): Promise<void> {
  const result = await request(sdk.auth.login(ACTOR, METHOD, { email, password }), signal);
  // a string is the token; an object means a redirect-based provider, which emailpass never is
  if (typeof result !== "string") throw new Error("This sign-in method is not supported here.");
  await loadCustomer(sdk, signal);
}

/** Creates the auth identity, then the customer (with the registration token), then signs in. */
export async function register(sdk: StorefrontSdk, { email, password, first_name, last_name }: Registration, signal: AbortSignal): Promise<void> {
  await request(sdk.auth.register(ACTOR, METHOD, { email, password }), signal);
  await request(sdk.store.customer.create({ email, first_name, last_name }), signal);
  await signIn(sdk, email, password, signal);
}

export async function signOut(sdk: StorefrontSdk): Promise<void> {
  await sdk.auth.logout();
  await forget(sdk);
}
