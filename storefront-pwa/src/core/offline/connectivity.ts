/**
 * Whether the app can reach its backend, shared by the whole app. `navigator.onLine` alone is not enough: it
 * knows only the device's link (not a dead Wi-Fi or a captive portal, and Chromium's emulated offline mode does
 * not survive a reload). So: the browser's `offline` event flips it to offline; a request that got an HTTP answer
 * flips it to online; a request that got none (offline, or blocked by CORS: fetch cannot tell) triggers a probe of
 * `<backend>/health` (no-cors, so any answer counts), which decides. The probe also runs at start, on the `online`
 * event, and every 15 s while offline.
 */
type Listener = (online: boolean) => void;

const PROBE_INTERVAL_MS = 15_000;
const listeners = new Set<Listener>();
let online = navigator.onLine;
let probeUrl: string | undefined;
let probeTimer: ReturnType<typeof setInterval> | undefined;

function setOnline(value: boolean): void {
  if (!value && probeUrl && probeTimer === undefined) probeTimer = setInterval(() => void probeBackend(), PROBE_INTERVAL_MS);
  if (value && probeTimer !== undefined) {
    clearInterval(probeTimer);
    probeTimer = undefined;
  }
  if (value === online) return;
  online = value;
  for (const listener of listeners) listener(value);
}

export function isOnline(): boolean {
  return online;
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onConnectivityChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks the backend whether it is reachable and updates the state. */
export async function probeBackend(): Promise<boolean> {
  if (!probeUrl) {
    setOnline(navigator.onLine);
    return online;
  }
  try {
    await fetch(probeUrl, { mode: "no-cors", cache: "no-store" });
    setOnline(true);
  } catch {
    setOnline(false);
  }
  return online;
}

/** Starts probing `backendUrl` (called once the runtime config is known). */
export function watchConnectivity(backendUrl: string): void {
  probeUrl = `${backendUrl}/health`;
  void probeBackend();
}

/** For API helpers: the request got an HTTP answer (`true`) or failed at the network level (`false`). */
export function reportRequestOutcome(reachedBackend: boolean): void {
  if (reachedBackend) setOnline(true);
  else void probeBackend();
}

window.addEventListener("offline", () => setOnline(false));
window.addEventListener("online", () => void probeBackend());
