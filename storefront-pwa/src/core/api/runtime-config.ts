/** What the server says at /config.json: the app is built once and pointed at any backend at run time. */
export interface RuntimeConfig {
  readonly backend_url: string;
  readonly publishable_key: string;
  /** Stripe's publishable key (STRIPE_PUBLISHABLE_KEY): checkout shows Stripe's Payment Element with it. */
  readonly stripe_publishable_key?: string;
}

export class RuntimeConfigError extends Error {
  override name = "RuntimeConfigError";
}

function isRuntimeConfig(value: unknown): value is RuntimeConfig {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.backend_url === "string" &&
    record.backend_url !== "" &&
    typeof record.publishable_key === "string" &&
    (record.stripe_publishable_key === undefined || typeof record.stripe_publishable_key === "string")
  );
}

/** The last configuration loaded, so later readers (checkout) need not ask the server again. */
let loaded: RuntimeConfig | undefined;

/** Fetches and validates /config.json. Offline, the service worker answers from its copy of the last one. */
export async function loadRuntimeConfig(signal: AbortSignal): Promise<RuntimeConfig> {
  const response = await fetch("/config.json", { signal, cache: "no-cache", headers: { accept: "application/json" } });
  if (!response.ok) throw new RuntimeConfigError(`/config.json answered ${response.status}`);
  const body: unknown = await response.json();
  if (!isRuntimeConfig(body)) {
    throw new RuntimeConfigError("/config.json must hold backend_url and publishable_key strings (and stripe_publishable_key, if any, as a string)");
  }
  loaded = {
    backend_url: body.backend_url.replace(/\/+$/, ""),
    publishable_key: body.publishable_key,
    ...(body.stripe_publishable_key ? { stripe_publishable_key: body.stripe_publishable_key } : {}),
  };
  return loaded;
}

/** The configuration the app started with, loaded now only if nothing has loaded it yet. */
export function getRuntimeConfig(signal: AbortSignal): Promise<RuntimeConfig> {
  return loaded ? Promise.resolve(loaded) : loadRuntimeConfig(signal);
}
