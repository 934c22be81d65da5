import { isNoAnswer } from "../core/api/actor-client.js";
import { readStandSetting, STAND_SETTING, writeStandSetting, type MerchantSessionRecord } from "../core/offline/stand-db.js";
import { Observable } from "../core/ui/observable.js";
import { MerchantApi, type MerchantMe, type Stand } from "./merchant-api.js";

/**
 * The signed-in merchant. The token lives in IndexedDB (the service worker replays queued charges with it); the
 * last `/merchant/me` in localStorage, so the till opens offline. `expired`: the server refused the token (at
 * start or when replaying the queue); the stand keeps charging offline and asks for a new sign-in.
 */
export type MerchantSessionState =
  | { readonly status: "starting" }
  | { readonly status: "signed-out" }
  | { readonly status: "signed-in"; readonly me: MerchantMe; readonly expired: boolean };

const ME_KEY = "tessera.merchant.me";
const STAND_KEY = "tessera.merchant.stand";

export const merchantSession = new Observable<MerchantSessionState>({ status: "starting" });
let api: MerchantApi | undefined;

export function merchantApi(): MerchantApi {
  if (!api) throw new Error("merchantApi() before startMerchantSession()");
  return api;
}

const cachedMe = (): MerchantMe | undefined => {
  const cached = localStorage.getItem(ME_KEY);
  return cached ? (JSON.parse(cached) as MerchantMe) : undefined;
};

export async function startMerchantSession(backendUrl: string, signal: AbortSignal): Promise<void> {
  const saved = await readStandSetting<MerchantSessionRecord>(STAND_SETTING.session);
  const token = saved?.backend_url === backendUrl ? saved.token : undefined;
  api = new MerchantApi(backendUrl, token);
  if (!token) return merchantSession.set({ status: "signed-out" });
  const cached = cachedMe();
  try {
    // a fresh token each start: a festival day outlasts none of it
    api.setToken(await api.refresh(signal));
    await signedIn(signal);
  } catch (error) {
    if (isNoAnswer(error) && cached) return merchantSession.set({ status: "signed-in", me: cached, expired: false });
    if ((error as { status?: number }).status === 401) return cached ? markExpired() : merchantSession.set({ status: "signed-out" });
    throw error;
  }
}

/**
 * After a login or a refresh: reads who the token belongs to, then keeps the token with that merchant's id (the
 * worker replays a merchant's queued charges only with that merchant's token).
 */
async function signedIn(signal?: AbortSignal): Promise<void> {
  const client = merchantApi();
  const me = await client.me(signal);
  const token = client.token;
  if (!token) throw new Error("signed in without a token");
  await writeStandSetting(STAND_SETTING.session, { token, backend_url: client.backendUrl, merchant_id: me.id } satisfies MerchantSessionRecord);
  localStorage.setItem(ME_KEY, JSON.stringify(me));
  merchantSession.set({ status: "signed-in", me, expired: false });
}

/** Email and password (Medusa emailpass, actor `merchant`). */
export async function signInWithPassword(email: string, password: string, signal?: AbortSignal): Promise<void> {
  merchantApi().setToken(await merchantApi().login(email, password, signal));
  await signedIn(signal);
}

/** The six-digit code sent to the merchant's mobile (auth provider `otp`). */
export async function signInWithCode(mobile: string, code: string, signal?: AbortSignal): Promise<void> {
  merchantApi().setToken(await merchantApi().loginWithCode(mobile, code, signal));
  await signedIn(signal);
}

/** The server refused the token: keep the stand working on the saved profile and ask for a new sign-in. */
export function markExpired(): void {
  const state = merchantSession.value;
  const me = state.status === "signed-in" ? state.me : cachedMe();
  merchantSession.set(me ? { status: "signed-in", me, expired: true } : { status: "signed-out" });
}

/** Signing out forgets the token and the stand; queued charges stay on the device until their merchant signs in again. */
export async function signOutMerchant(): Promise<void> {
  merchantApi().setToken(undefined);
  await writeStandSetting(STAND_SETTING.session, undefined);
  localStorage.removeItem(ME_KEY);
  localStorage.removeItem(STAND_KEY);
  merchantSession.set({ status: "signed-out" });
}

/** The stand this device charges for: the one chosen before, else the merchant's first. */
export function currentStand(me: MerchantMe): Stand | undefined {
  const chosen = localStorage.getItem(STAND_KEY);
  return me.stands.find((stand) => stand.id === chosen) ?? me.stands[0];
}

export function chooseStand(standId: string): void {
  localStorage.setItem(STAND_KEY, standId);
}
