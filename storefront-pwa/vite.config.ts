import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * `vite` / `vite preview` have no /config.json (production gets it from server/serve-pwa.mjs):
 * serve one from MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY.
 */
function devRuntimeConfig(): Plugin {
  const serveConfig = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.url?.split("?")[0] !== "/config.json") return next();
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Cache-Control", "no-cache");
    res.end(
      JSON.stringify({
        backend_url: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
        publishable_key: process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
      }),
    );
  };
  return {
    name: "tessera-dev-runtime-config",
    configureServer: (server) => void server.middlewares.use(serveConfig),
    configurePreviewServer: (server) => void server.middlewares.use(serveConfig),
  };
}

export default defineConfig({
  build: { target: "es2022" },
  // See src/core/api/query-string.ts: the SDK's one `qs` call, without qs's polyfill dependencies.
  resolve: { alias: { qs: fileURLToPath(new URL("./src/core/api/query-string.ts", import.meta.url)) } },
  plugins: [
    devRuntimeConfig(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src",
      filename: "sw.ts",
      injectRegister: false,
      registerType: "prompt",
      injectManifest: {
        // The manifest and its icons are added by the plugin (includeManifestIcons).
        globPatterns: ["**/*.{js,css,html,svg,woff2}"],
        rollupFormat: "iife",
        minify: true,
      },
      manifest: {
        id: "/",
        name: "Tessera",
        short_name: "Tessera",
        description: "Tickets, wristbands, wallet and deliveries for your events.",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: "#3730a3",
        background_color: "#ffffff",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
    }),
  ],
});
