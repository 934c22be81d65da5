/// <reference lib="webworker" />
// The Tessera service worker (built by vite-plugin-pwa, injectManifest; Workbox modules are bundled in).
// One route per class of URL:
//   navigations              → the precached index.html (the app starts offline; the router picks the page)
//   /config.json             → NetworkFirst (the last config is kept so the app can start offline)
//   API and auth requests    → NetworkOnly (authenticated JSON is never cached; offline data lives in IndexedDB)
//   hashed /assets/*         → precached; CacheFirst for any not in the precache manifest
//   images                   → StaleWhileRevalidate, bounded by ExpirationPlugin
// Plus two queues of offline work, each a Workbox background-sync queue replayed on `sync` and when a page asks:
// the usher's scans (core/offline/scan-sync.ts) and the merchant's charges (core/offline/charge-sync.ts).
import { Queue } from "workbox-background-sync";
import { clientsClaim } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute, setCatchHandler } from "workbox-routing";
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from "workbox-strategies";
import { queueCharges, replayChargeQueue } from "./core/offline/charge-replay.js";
import { CHARGE_QUEUE, isChargeSyncCommand, type ChargeSyncMessage } from "./core/offline/charge-sync.js";
import { queueScans, replayScanQueue } from "./core/offline/scan-replay.js";
import { isScanSyncCommand, SCAN_QUEUE, type ScanSyncMessage } from "./core/offline/scan-sync.js";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null } | string> };

// Backend route families, for a backend sharing this origin. The PWA's own role pages (/usher, /merchant,
// /courier) share names with API families, so navigations are told apart by origin, never by these paths.
const API_PATH = /^\/(store|admin|auth|usher|merchant|courier|organizer|hooks)\//;
const NOT_APP_PAGES = [/^\/app(\/|$)/, /^\/(store|admin|auth|hooks)\//, /^\/health$/];

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
clientsClaim();

registerRoute(new NavigationRoute(createHandlerBoundToURL("/index.html"), { denylist: NOT_APP_PAGES }));

const CONFIG_CACHE = "tessera-config";
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname === "/config.json",
  new NetworkFirst({ cacheName: CONFIG_CACHE, networkTimeoutSeconds: 5 }),
);
// The page that installs the worker fetched its config before the worker controlled it: keep a copy now, so the
// very next start works offline. A failure here must not fail the install (the next online start fills it).
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CONFIG_CACHE)
      .then((cache) => cache.add("/config.json"))
      .catch(() => undefined),
  );
});

// The backend may live on another origin (config.json's backend_url): everything that is not a page, an image or
// a file of this app goes straight to the network.
registerRoute(
  ({ url, request, sameOrigin }) =>
    request.mode !== "navigate" && request.destination !== "image" && (!sameOrigin || API_PATH.test(url.pathname)),
  new NetworkOnly(),
);

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/assets/"),
  new CacheFirst({ cacheName: "tessera-assets", plugins: [new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true })] }),
);

registerRoute(
  ({ request }) => request.destination === "image",
  new StaleWhileRevalidate({
    cacheName: "tessera-images",
    plugins: [new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true })],
  }),
);

// A failed page load falls back to the app shell; everything else fails as the network did.
setCatchHandler(async ({ request }) => {
  if (request.destination === "document") return (await matchPrecache("/index.html")) ?? Response.error();
  return Response.error();
});

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === "object" && data !== null && (data as { type?: unknown }).type === "SKIP_WAITING") {
    void self.skipWaiting();
  }
});

// A gate day offline must never expire a scan: entries stay for 30 days.
const scanQueue = new Queue(SCAN_QUEUE, {
  maxRetentionTime: 30 * 24 * 60,
  onSync: ({ queue }) => replayScanQueue(queue, notifyPages),
});

function notifyPages(message: ScanSyncMessage | ChargeSyncMessage): void {
  void self.clients
    .matchAll({ type: "window", includeUncontrolled: true })
    .then((pages) => pages.forEach((page) => page.postMessage(message)));
}

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const command: unknown = event.data;
  if (!isScanSyncCommand(command)) return;
  const work =
    command.type === "QUEUE_SCANS"
      ? queueScans(scanQueue, command.url, command.scans)
      : replayScanQueue(scanQueue, notifyPages).catch(() => undefined); // offline: reported, retried later
  // The page waits for the answer, so a scan is never shown as queued before it is.
  event.waitUntil(work.then(() => event.ports[0]?.postMessage({ ok: true })));
});

// A stand's offline charges are money already handed over: like scans, they stay for 30 days.
const chargeQueue = new Queue(CHARGE_QUEUE, {
  maxRetentionTime: 30 * 24 * 60,
  onSync: ({ queue }) => replayChargeQueue(queue, notifyPages),
});

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const command: unknown = event.data;
  if (!isChargeSyncCommand(command)) return;
  const work =
    command.type === "QUEUE_CHARGES"
      ? queueCharges(chargeQueue, command.url, command.merchant_id, command.charges)
      : replayChargeQueue(chargeQueue, notifyPages).catch(() => undefined); // offline: reported, retried later
  // The page waits for the answer, so a charge is never shown as queued before it is.
  event.waitUntil(work.then(() => event.ports[0]?.postMessage({ ok: true })));
});
