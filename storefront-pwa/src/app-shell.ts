import { LitElement, css, html, type TemplateResult } from "lit";
import { customElement, property, query } from "lit/decorators.js";
import { loadRuntimeConfig, type RuntimeConfig } from "./core/api/runtime-config.js";
import { initSdk } from "./core/api/sdk.js";
import { watchConnectivity } from "./core/offline/connectivity.js";
import type { ServiceWorkerUpdate } from "./core/offline/register-service-worker.js";
import { LazyController } from "./core/ui/lazy-controller.js";
import { LoadController } from "./core/ui/load-controller.js";
import { matchPath } from "./core/ui/route-match.js";
import { RouterController } from "./core/ui/router-controller.js";
import { sharedStyles } from "./core/ui/shared-styles.js";
import "./core/ui/app-error.js";
import "./core/ui/app-online-status.js";
import "./core/ui/app-update-toast.js";

interface Area {
  /** Matched with matchPath; the first area that matches renders. */
  readonly pattern: string;
  /** The area's code, loaded on first visit (each role is its own chunk). */
  readonly load: () => Promise<unknown>;
  readonly render: (pathname: string, search: string) => TemplateResult;
}

/**
 * Role areas, each lazy-loaded: an usher's phone never downloads the customer pages. `/usher`, `/merchant` and
 * `/courier` go before the customer area, which takes every other path (and shows "not found" itself).
 */
const AREAS: readonly Area[] = [
  { pattern: "/usher/*", load: () => import("./usher/usher-app.js"), render: (pathname) => html`<usher-app .pathname=${pathname}></usher-app>` },
  {
    pattern: "/merchant/*",
    load: () => import("./merchant/merchant-app.js"),
    render: (pathname) => html`<merchant-app .pathname=${pathname}></merchant-app>`,
  },
  {
    pattern: "/*",
    load: () => import("./customer/customer-app.js"),
    render: (pathname, search) => html`<customer-app .pathname=${pathname} .search=${search}></customer-app>`,
  },
];

function matchArea(pathname: string): Area | undefined {
  return AREAS.find((area) => matchPath(area.pattern, pathname) !== undefined);
}

/**
 * The app frame: loads /config.json, creates the SDK client, then loads and renders the role area for the current
 * path under a header with the online/offline badge (the area sets the document title). Also hosts the "new version" toast (`swUpdate`, set by main.ts).
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
  private readonly areas = new LazyController<Area>(this);

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
          complete: () => this.renderArea(),
          error: () => html`<div role="alert">
            <p>Tessera could not start: its configuration did not load.</p>
            <button type="button" @click=${() => this.config.run()}>Retry</button>
          </div>`,
        })}
      </main>
      <app-update-toast .swUpdate=${this.swUpdate}></app-update-toast>
    `;
  }

  protected override willUpdate(): void {
    const area = matchArea(this.router.pathname);
    if (area) this.areas.ensure(area, area.load);
  }

  private renderArea() {
    const area = matchArea(this.router.pathname);
    if (!area) return null;
    return this.areas.render(area, {
      pending: () => html`<p class="muted" role="status">Loading…</p>`,
      complete: () => area.render(this.router.pathname, this.router.search),
      error: (error, retry) =>
        html`<app-error heading="This part of Tessera did not load." .error=${error} @retry=${retry}></app-error>`,
    });
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
