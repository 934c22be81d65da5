import { LitElement, css, html, type TemplateResult } from "lit";
import { customElement, property, query } from "lit/decorators.js";
import { loadRuntimeConfig, type RuntimeConfig } from "./core/api/runtime-config.js";
import { initSdk } from "./core/api/sdk.js";
import { watchConnectivity } from "./core/offline/connectivity.js";
import type { ServiceWorkerUpdate } from "./core/offline/register-service-worker.js";
import { LoadController } from "./core/ui/load-controller.js";
import { RouterController } from "./core/ui/router-controller.js";
import { sharedStyles } from "./core/ui/shared-styles.js";
import "./core/ui/app-not-found.js";
import "./core/ui/app-online-status.js";
import "./core/ui/app-update-toast.js";
import "./customer/home/customer-home.js";

interface Route {
  readonly path: string;
  readonly title: string;
  readonly render: () => TemplateResult;
}

/** Role areas (`/usher`, `/merchant`, `/courier`) join this table as they are built; until then they are "not found". */
const ROUTES: readonly Route[] = [{ path: "/", title: "Tessera", render: () => html`<customer-home></customer-home>` }];
const NOT_FOUND: Route = { path: "", title: "Not found · Tessera", render: () => html`<app-not-found></app-not-found>` };

function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return ROUTES.find((route) => route.path === path) ?? NOT_FOUND;
}

/**
 * The app frame: loads /config.json, creates the SDK client, then renders the page for the current path under a
 * header with the online/offline badge. Also hosts the "new version" toast (`swUpdate`, set by main.ts).
 */
@customElement("app-shell")
export class AppShell extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
        min-height: 100dvh;
      }
      .skip {
        position: absolute;
        left: 0.5rem;
        top: -3rem;
        padding: 0.5rem 1rem;
        background: var(--tessera-surface);
        color: var(--tessera-link);
      }
      .skip:focus {
        top: 0.5rem;
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1rem;
        padding: 0.75rem clamp(1rem, 4vw, 2rem);
        border-bottom: 1px solid var(--tessera-border);
      }
      .brand {
        font-weight: 800;
        font-size: 1.25rem;
        color: var(--tessera-text);
        text-decoration: none;
      }
      main {
        flex: 1;
        width: 100%;
        max-width: 72rem;
        margin: 0 auto;
        padding: 1rem clamp(1rem, 4vw, 2rem) 4rem;
        box-sizing: border-box;
      }
      main:focus {
        outline: none;
      }
    `,
  ];

  /** A waiting service-worker update to offer; set by main.ts. */
  @property({ attribute: false }) swUpdate?: ServiceWorkerUpdate;

  @query("main") private mainElement?: HTMLElement;

  private readonly router = new RouterController(this, () => {
    void this.updateComplete.then(() => this.mainElement?.focus());
  });

  private readonly config = new LoadController<RuntimeConfig>(this, async (signal) => {
    const config = await loadRuntimeConfig(signal);
    initSdk(config);
    watchConnectivity(config.backend_url);
    return config;
  });

  override render() {
    return html`
      <a class="skip" href="#main" @click=${this.skipToMain}>Skip to content</a>
      <header>
        <a class="brand" href="/" aria-label="Tessera home">Tessera</a>
        <app-online-status></app-online-status>
      </header>
      <main id="main" tabindex="-1">
        ${this.config.render({
          pending: () => html`<p class="muted" role="status">Starting…</p>`,
          complete: () => matchRoute(this.router.pathname).render(),
          error: () => html`<div role="alert">
            <p>Tessera could not start: its configuration did not load.</p>
            <button type="button" @click=${() => this.config.run()}>Retry</button>
          </div>`,
        })}
      </main>
      <app-update-toast .swUpdate=${this.swUpdate}></app-update-toast>
    `;
  }

  protected override updated(): void {
    document.title = matchRoute(this.router.pathname).title;
  }

  private skipToMain(event: Event): void {
    event.preventDefault();
    this.mainElement?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "app-shell": AppShell;
  }
}
