import { Auth, Client, Store } from "@medusajs/js-sdk";
import type { RuntimeConfig } from "./runtime-config.js";

/**
 * The storefront's Medusa JS SDK client: `@medusajs/js-sdk`'s Client with its `store` and `auth` halves, built
 * the way the SDK's default `Medusa` class builds them, minus `admin` (which the PWA never calls and which would
 * otherwise be bundled).
 */
export class StorefrontSdk {
  readonly client: Client;
  readonly store: Store;
  readonly auth: Auth;

  constructor(config: RuntimeConfig) {
    const clientConfig = {
      baseUrl: config.backend_url,
      publishableKey: config.publishable_key,
      auth: { type: "jwt", jwtTokenStorageMethod: "local" },
    } as const;
    this.client = new Client(clientConfig);
    this.store = new Store(this.client);
    this.auth = new Auth(this.client, clientConfig);
  }
}

/**
 * A module singleton (@lit/context is not installed). The shell calls `initSdk` once /config.json is loaded and
 * renders pages only after that, so pages may call `getSdk()` freely.
 */
let sdk: StorefrontSdk | undefined;

export function initSdk(config: RuntimeConfig): StorefrontSdk {
  sdk = new StorefrontSdk(config);
  return sdk;
}

export function getSdk(): StorefrontSdk {
  if (!sdk) throw new Error("getSdk() called before initSdk(): render pages only after the runtime config loaded");
  return sdk;
}
