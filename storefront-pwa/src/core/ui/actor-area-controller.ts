import { html, type ReactiveController, type ReactiveControllerHost } from "lit";
import { loadRuntimeConfig } from "../api/runtime-config.js";
import { LoadController } from "./load-controller.js";
import type { Observable } from "./observable.js";
import "./app-error.js";

/** Starts an actor's session from the saved token (offline too, from the saved profile). */
export type StartSession = (backendUrl: string, signal: AbortSignal) => Promise<void>;

/**
 * The start of an actor's area (merchant, usher): reads the runtime config, starts the actor's session, and
 * follows that session while connected (sign-in, expiry, sign-out re-render the host).
 */
export class ActorAreaController<Session> implements ReactiveController {
  session: Session;

  private readonly start: LoadController<void>;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sessions: Observable<Session>,
    startSession: StartSession,
    private readonly onSession: (session: Session) => void = () => {},
  ) {
    this.session = sessions.value;
    // added before the start, so the session is followed before it is started
    host.addController(this);
    this.start = new LoadController<void>(host, async (signal) => {
      const { backend_url } = await loadRuntimeConfig(signal);
      await startSession(backend_url, signal);
    });
  }

  hostConnected(): void {
    this.unsubscribe = this.sessions.subscribe((session) => {
      this.session = session;
      this.onSession(session);
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** `opening` while starting, a failed start with a Retry, then the area's page. */
  render(words: { opening: string; failed: string }, page: () => unknown): unknown {
    return this.start.render({
      pending: () => html`<p class="muted" role="status">${words.opening}</p>`,
      error: (error) => html`<app-error heading=${words.failed} .error=${error} @retry=${() => this.start.run()}></app-error>`,
      complete: page,
    });
  }
}
