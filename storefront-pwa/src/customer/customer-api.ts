import { request } from "../core/api/request.js";
import { loadRuntimeConfig, type RuntimeConfig } from "../core/api/runtime-config.js";
import type { StorefrontSdk } from "../core/api/sdk.js";
import { ApiError } from "./api-error.js";

/** Read once: the backend's address and key, for the requests `send` makes itself. */
let runtimeConfig: Promise<RuntimeConfig> | undefined;

/**
 * A customer's change (POST or DELETE) with its answer's `field` kept: the SDK's FetchError keeps only the status
 * and message, and a form needs the field to put the message next to it. Same headers as the SDK's requests
 * (publishable key, the SDK's JWT).
 */
export async function send<T>(
  sdk: StorefrontSdk,
  path: string,
  { method = "POST", body }: { method?: "POST" | "DELETE"; body?: unknown },
  signal: AbortSignal,
): Promise<T> {
  const work = (async () => {
    runtimeConfig ??= loadRuntimeConfig(signal).catch((error: unknown) => {
      runtimeConfig = undefined;
      throw error;
    });
    const { backend_url, publishable_key } = await runtimeConfig;
    const token = await sdk.client.getToken();
    const response = await fetch(`${backend_url}${path}`, {
      method,
      signal,
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        "x-publishable-api-key": publishable_key,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const text = (name: string) => (typeof answer[name] === "string" ? (answer[name] as string) : undefined);
      throw new ApiError(text("message") ?? response.statusText, response.status, text("type"), text("field"));
    }
    return answer as T;
  })();
  return request(work, signal);
}
