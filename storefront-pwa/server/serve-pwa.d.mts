/** Runtime configuration served at /config.json. */
export interface PwaRuntimeConfig {
  backend_url: string;
  publishable_key: string;
}

export interface ServePwaOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** The Vite build output (storefront-pwa/dist). */
  distDir: string;
  /** Served as /config.json; without it, dist/config.json (if any) is served as a file. */
  config?: PwaRuntimeConfig;
}

export interface ServedPwa {
  /** Origin of the server, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

export function servePwa(options: ServePwaOptions): Promise<ServedPwa>;
