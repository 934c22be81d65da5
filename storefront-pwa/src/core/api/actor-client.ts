import { reportRequestOutcome } from "../offline/connectivity.js";

/** An HTTP refusal with our backend's error body (`message`, `field`); `status` as describeError reads it. */
export class ActorApiError extends Error {
  override name = "ActorApiError";
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    /** Seconds to wait, from a 429's Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * fetch for an actor's routes (`/auth/<actor>/…` and `/<actor>/*`) with its bearer token: the actor areas do not
 * need the JS SDK's store client, and their tokens must not share the customer's storage slot. Reports to
 * connectivity.ts whether the backend answered; a refusal throws ActorApiError, no answer the fetch TypeError.
 */
export class ActorClient {
  constructor(
    readonly backendUrl: string,
    private bearer?: string,
  ) {}

  get token(): string | undefined {
    return this.bearer;
  }

  setToken(token: string | undefined): void {
    this.bearer = token;
  }

  /** A fresh token for a still-valid one (Medusa's /auth/token/refresh). */
  async refresh(signal?: AbortSignal): Promise<string> {
    const { token } = await this.call<{ token: string }>("/auth/token/refresh", { method: "POST", body: {}, signal });
    return token;
  }

  async call<T>(path: string, { method = "GET", body, signal }: CallOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    // a form (a file upload) goes as multipart: fetch writes the content type with its boundary
    const form = body instanceof FormData;
    if (body !== undefined && !form) headers["content-type"] = "application/json";
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    let response: Response;
    try {
      const payload = body === undefined ? undefined : form ? body : JSON.stringify(body);
      response = await fetch(`${this.backendUrl}${path}`, { method, headers, body: payload, signal });
    } catch (error) {
      if (!signal?.aborted) reportRequestOutcome(false);
      throw error;
    }
    reportRequestOutcome(true);
    const payload = (await response.json().catch(() => ({}))) as { message?: string; field?: string };
    if (!response.ok) {
      const retryAfter = Number(response.headers.get("retry-after")) || undefined;
      throw new ActorApiError(response.status, payload.message ?? `The server answered ${response.status}`, payload.field, retryAfter);
    }
    return payload as T;
  }
}

/** Whether a failure is "the backend gave no answer" (offline, DNS, CORS), as opposed to a refusal. */
export function isNoAnswer(error: unknown): boolean {
  return error instanceof TypeError;
}
