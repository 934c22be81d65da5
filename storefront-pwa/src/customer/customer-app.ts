import { ContextProvider } from "@lit/context";
import { LitElement, css, html, type TemplateResult } from "lit";
import { customElement, property } from "lit/decorators.js";
import { getSdk } from "../core/api/sdk.js";
import { LazyController } from "../core/ui/lazy-controller.js";
import { LoadController } from "../core/ui/load-controller.js";
import { matchPath, type RouteParams } from "../core/ui/route-match.js";
import { sharedStyles } from "../core/ui/shared-styles.js";
import "../core/ui/app-error.js";
import "../core/ui/app-not-found.js";
import { customerSession, restoreSession } from "./account/customer-session.js";
import { cartState, loadCart } from "./cart/cart-store.js";
import { cartContext, sessionContext } from "./customer-context.js";
import "./customer-nav.js";

interface Page {
  readonly pattern: string;
  readonly title: string;
  readonly load: () => Promise<unknown>;
  readonly render: (params: RouteParams, search: string) => TemplateResult;
}

/** The customer pages, each its own chunk. */
const PAGES: readonly Page[] = [
  {
    pattern: "/",
    title: "Events · Tessera",
    load: () => import("./events/customer-events-page.js"),
    render: (_, search) => html`<customer-events-page .search=${search}></customer-events-page>`,
  },
  {
    pattern: "/events/:handle",
    title: "Event · Tessera",
    load: () => import("./events/customer-event-page.js"),
    render: ({ handle }) => html`<customer-event-page .handle=${handle}></customer-event-page>`,
  },
  {
    pattern: "/cart",
    title: "Cart · Tessera",
    load: () => import("./cart/customer-cart-page.js"),
    render: () => html`<customer-cart-page></customer-cart-page>`,
  },
  {
    pattern: "/account/sign-in",
    title: "Sign in · Tessera",
    load: () => import("./account/customer-sign-in-page.js"),
    render: (_, search) => html`<customer-sign-in-page mode="sign-in" .search=${search}></customer-sign-in-page>`,
  },
  {
    pattern: "/account/register",
    title: "Create an account · Tessera",
    load: () => import("./account/customer-sign-in-page.js"),
    render: (_, search) => html`<customer-sign-in-page mode="register" .search=${search}></customer-sign-in-page>`,
  },
  {
    pattern: "/tickets",
    title: "My tickets · Tessera",
    load: () => import("./tickets/customer-tickets-page.js"),
    render: (_, search) => html`<customer-tickets-page .search=${search}></customer-tickets-page>`,
  },
  {
    pattern: "/transfers/accept",
    title: "A ticket for you · Tessera",
    load: () => import("./tickets/customer-accept-transfer-page.js"),
    render: (_, search) => html`<customer-accept-transfer-page .search=${search}></customer-accept-transfer-page>`,
  },
  {
    pattern: "/favorites",
    title: "Favorites · Tessera",
    load: () => import("./favorites/customer-favorites-page.js"),
    render: () => html`<customer-favorites-page></customer-favorites-page>`,
  },
  {
    pattern: "/dependents",
    title: "People with me · Tessera",
    load: () => import("./dependents/customer-dependents-page.js"),
    render: () => html`<customer-dependents-page></customer-dependents-page>`,
  },
  {
    pattern: "/wallet",
    title: "Wallet · Tessera",
    load: () => import("./wallet/customer-wallet-page.js"),
    render: (_, search) => html`<customer-wallet-page .search=${search}></customer-wallet-page>`,
  },
];

function matchPage(pathname: string): { page: Page; params: RouteParams } | undefined {
  for (const page of PAGES) {
    const params = matchPath(page.pattern, pathname);
    if (params) return { page, params };
  }
  return undefined;
}

/**
 * The customer area (`/`): restores the session and the cart, provides them to its pages as contexts, shows the
 * navigation and the page for the path (or "not found"), and sets the document title.
 */
@customElement("customer-app")
export class CustomerApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  @property({ attribute: false }) pathname = "/";
  @property({ attribute: false }) search = "";

  private readonly sessionProvider = new ContextProvider(this, { context: sessionContext, initialValue: customerSession.value });
  private readonly cartProvider = new ContextProvider(this, { context: cartContext, initialValue: cartState.value });
  private readonly pages = new LazyController<Page>(this);
  private readonly unsubscribe: (() => void)[] = [];

  /** The cart is read after the session: signing in may hand a guest cart over. */
  private readonly start = new LoadController<void>(this, async (signal) => {
    await restoreSession(getSdk(), signal);
    await loadCart(getSdk(), signal);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe.push(
      customerSession.subscribe((session) => this.sessionProvider.setValue(session)),
      cartState.subscribe((cart) => this.cartProvider.setValue(cart)),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
  }

  protected override willUpdate(): void {
    const match = matchPage(this.pathname);
    if (match) this.pages.ensure(match.page, match.page.load);
  }

  override render() {
    const match = matchPage(this.pathname);
    return html`
      <customer-nav .pathname=${this.pathname}></customer-nav>
      ${this.start.render({
        pending: () => null,
        complete: () => null,
        error: (error) =>
          html`<app-error heading="Couldn't restore your session." .error=${error} @retry=${() => this.start.run()}></app-error>`,
      })}
      ${match
        ? this.pages.render(match.page, {
            pending: () => html`<p class="muted" role="status">Loading…</p>`,
            complete: () => match.page.render(match.params, this.search),
            error: (error, retry) => html`<app-error heading="This page did not load." .error=${error} @retry=${retry}></app-error>`,
          })
        : html`<app-not-found></app-not-found>`}
    `;
  }

  protected override updated(): void {
    document.title = matchPage(this.pathname)?.page.title ?? "Not found · Tessera";
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-app": CustomerApp;
  }
}
