import "./app-shell.js";
import { registerServiceWorker } from "./core/offline/register-service-worker.js";

// The service worker exists only in the production build (vite-plugin-pwa builds src/sw.ts into /sw.js).
if (import.meta.env.PROD) {
  registerServiceWorker((update) => {
    const shell = document.querySelector("app-shell");
    if (shell) shell.swUpdate = update;
  });
}
