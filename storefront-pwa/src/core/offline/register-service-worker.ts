import { Workbox } from "workbox-window";

/** A new version is ready; `apply()` switches to it and reloads the page. */
export interface ServiceWorkerUpdate {
  apply(): void;
}

/**
 * Registers /sw.js and reports updates through `onUpdate` (the shell shows a "New version available" toast).
 * - `waiting`: a new worker is installed; `apply()` posts SKIP_WAITING and the page reloads once it controls.
 * - `controlling` with `isUpdate`: the worker this page ran under was replaced. If this page asked for it, reload;
 *   if another tab did, offer a plain reload. Without `isUpdate` it is the first install's `clients.claim()`:
 *   nothing to do, the page already runs the current version.
 */
export function registerServiceWorker(onUpdate: (update: ServiceWorkerUpdate) => void): void {
  if (!("serviceWorker" in navigator)) return;
  const workbox = new Workbox("/sw.js", { scope: "/" });
  let applying = false;
  const reload = (): void => window.location.reload();
  workbox.addEventListener("waiting", () => {
    onUpdate({
      apply: () => {
        applying = true;
        workbox.messageSkipWaiting();
      },
    });
  });
  workbox.addEventListener("controlling", (event) => {
    if (!event.isUpdate) return;
    if (applying) reload();
    else onUpdate({ apply: reload });
  });
  workbox.register().catch((error: unknown) => console.warn("Service worker registration failed", error));
}
