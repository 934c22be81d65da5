import { readSetting, SETTING, writeSetting, type ScanDirection, type UsherSessionRecord } from "../core/offline/gate-db.js";
import { Observable } from "../core/ui/observable.js";
import { UsherApi, type UsherMe } from "./usher-api.js";

/**
 * The signed-in usher. The token lives in IndexedDB (the service worker replays queued scans with it); the
 * last `/usher/me` in localStorage, so the gate opens offline. `expired`: the server refused the token (at
 * start or when replaying the queue); the usher keeps scanning and is asked to sign in again.
 */
export type UsherSessionState =
  | { readonly status: "starting" }
  | { readonly status: "signed-out" }
  | { readonly status: "signed-in"; readonly me: UsherMe; readonly expired: boolean };

/** Where the usher stands: event, gate and direction, kept across reloads. */
export interface GatePost {
  event_id: string;
  gate_id?: string;
  direction: ScanDirection;
}

const ME_KEY = "tessera.usher.me";
const POST_KEY = "tessera.usher.post";
const DEVICE_KEY = "tessera.usher.device";

export const usherSession = new Observable<UsherSessionState>({ status: "starting" });
let api: UsherApi | undefined;

export function usherApi(): UsherApi {
  if (!api) throw new Error("usherApi() before startUsherSession()");
  return api;
}

export async function startUsherSession(backendUrl: string, signal: AbortSignal): Promise<void> {
  const saved = await readSetting<UsherSessionRecord>(SETTING.session);
  const token = saved?.backend_url === backendUrl ? saved.token : undefined;
  api = new UsherApi(backendUrl, token);
  const cached = localStorage.getItem(ME_KEY);
  if (!token) return usherSession.set({ status: "signed-out" });
  try {
    // a fresh token each start: an usher's day outlasts none of it
    await saveToken(await api.refresh(signal));
    await loadMe(signal);
  } catch (error) {
    if (error instanceof TypeError && cached) {
      usherSession.set({ status: "signed-in", me: JSON.parse(cached) as UsherMe, expired: false });
      return;
    }
    if ((error as { status?: number }).status === 401 && cached) return markExpired();
    if ((error as { status?: number }).status === 401) return usherSession.set({ status: "signed-out" });
    throw error;
  }
}

async function saveToken(token: string): Promise<void> {
  usherApi().setToken(token);
  await writeSetting(SETTING.session, { token, backend_url: usherApi().backendUrl } satisfies UsherSessionRecord);
}

async function loadMe(signal?: AbortSignal): Promise<void> {
  const me = await usherApi().me(signal);
  localStorage.setItem(ME_KEY, JSON.stringify(me));
  usherSession.set({ status: "signed-in", me, expired: false });
}

export async function signInUsher(email: string, password: string, signal?: AbortSignal): Promise<void> {
  await saveToken(await usherApi().login(email, password, signal));
  await loadMe(signal);
}

/** The server refused the token: keep the gate working on the saved profile and ask for a new sign-in. */
export function markExpired(): void {
  const state = usherSession.value;
  const cached = localStorage.getItem(ME_KEY);
  const me = state.status === "signed-in" ? state.me : cached ? (JSON.parse(cached) as UsherMe) : undefined;
  usherSession.set(me ? { status: "signed-in", me, expired: true } : { status: "signed-out" });
}

/** Signing out forgets the token and the post; queued scans stay on the device until someone signs in again. */
export async function signOutUsher(): Promise<void> {
  usherApi().setToken(undefined);
  await writeSetting(SETTING.session, undefined);
  localStorage.removeItem(ME_KEY);
  localStorage.removeItem(POST_KEY);
  usherSession.set({ status: "signed-out" });
}

export function savedPost(): GatePost | undefined {
  const saved = localStorage.getItem(POST_KEY);
  return saved ? (JSON.parse(saved) as GatePost) : undefined;
}

export function savePost(post: GatePost): void {
  localStorage.setItem(POST_KEY, JSON.stringify(post));
}

/** This device's id, sent with every scan (conflicts name the devices involved). */
export function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}
