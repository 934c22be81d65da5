// Static server for the built PWA (dist/), used by the launcher and by the browser tests. Plain node:http.
// - /config.json comes from the `config` object (runtime configuration: one build serves any backend, with
//   Stripe's publishable key when checkout should use Stripe);
// - sw.js, index.html, config.json and the manifest are revalidated on every load (Cache-Control: no-cache);
// - hashed files under /assets/ are cached for a year;
// - a navigation to a path with no file gets index.html (the client-side router takes over).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};
const ALWAYS_REVALIDATE = new Set(["/sw.js", "/index.html", "/config.json", "/manifest.webmanifest"]);
const ONE_YEAR = "public, max-age=31536000, immutable";

function cacheControl(pathname) {
  if (ALWAYS_REVALIDATE.has(pathname)) return "no-cache";
  if (pathname.startsWith("/assets/")) return ONE_YEAR;
  return "public, max-age=3600";
}

function isNavigation(req, pathname) {
  const accept = req.headers.accept ?? "";
  return req.headers["sec-fetch-mode"] === "navigate" || (accept.includes("text/html") && !extname(pathname));
}

/** Resolves a URL path to a regular file inside root, or undefined (missing, a directory, or outside root). */
async function findFile(root, pathname) {
  const file = resolve(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? { file, info } : undefined;
}

function send(req, res, status, headers, body) {
  res.writeHead(status, { "X-Content-Type-Options": "nosniff", ...headers });
  res.end(req.method === "HEAD" ? undefined : body);
}

function sendFile(req, res, { file, info }, pathname) {
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    "Content-Type": MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Cache-Control": cacheControl(pathname),
    ETag: etag,
    "Last-Modified": info.mtime.toUTCString(),
  };
  if (req.headers["if-none-match"] === etag) return send(req, res, 304, headers);
  res.writeHead(200, { "X-Content-Type-Options": "nosniff", "Content-Length": info.size, ...headers });
  if (req.method === "HEAD") return res.end();
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

async function handle(root, configJson, req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(req, res, 405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }, "Method Not Allowed");
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    return send(req, res, 400, { "Content-Type": "text/plain; charset=utf-8" }, "Bad Request");
  }
  if (pathname === "/config.json" && configJson !== undefined) {
    return send(req, res, 200, { "Content-Type": MIME_TYPES[".json"], "Cache-Control": "no-cache" }, configJson);
  }
  const found = await findFile(root, pathname === "/" ? "/index.html" : pathname);
  if (found) return sendFile(req, res, found, pathname === "/" ? "/index.html" : pathname);
  if (isNavigation(req, pathname)) {
    const index = await findFile(root, "/index.html");
    if (index) return sendFile(req, res, index, "/index.html");
  }
  return send(req, res, 404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" }, "Not Found");
}

/**
 * /config.json is public: a Stripe key in it must be the publishable one. A secret key put in the wrong variable
 * stops the server here instead of being handed to every visitor.
 */
function checkStripeKey(config) {
  const key = config?.stripe_publishable_key;
  if (key === undefined) return;
  if (typeof key !== "string" || !/^pk_(test|live)_[A-Za-z0-9]+$/.test(key)) {
    throw new TypeError("servePwa: stripe_publishable_key (STRIPE_PUBLISHABLE_KEY) must be a Stripe publishable key, pk_test_… or pk_live_…");
  }
}

/**
 * Serves a built PWA.
 * @param {{ port?: number, host?: string, distDir: string,
 *   config?: { backend_url: string, publishable_key: string, stripe_publishable_key?: string } }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function servePwa({ port = 0, host = "127.0.0.1", distDir, config }) {
  if (!distDir) throw new TypeError("servePwa: distDir is required");
  checkStripeKey(config);
  const root = resolve(distDir);
  const configJson = config === undefined ? undefined : JSON.stringify(config);
  const server = createServer((req, res) => {
    handle(root, configJson, req, res).catch(() => {
      if (!res.headersSent) send(req, res, 500, { "Content-Type": "text/plain; charset=utf-8" }, "Internal Server Error");
      else res.destroy();
    });
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(port, host, () => {
      server.off("error", rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
