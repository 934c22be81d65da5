import { consume } from "@lit/context";
import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { getSdk } from "../core/api/sdk.js";
import { navigate } from "../core/ui/navigate.js";
import { sharedStyles } from "../core/ui/shared-styles.js";
import { signOut, type SessionState } from "./account/customer-session.js";
import type { StoreCart } from "./cart/cart-store.js";
import { cartContext, sessionContext } from "./customer-context.js";

/** The customer area's navigation: events, my tickets, favorites, wallet, the cart with its ticket count, and the account. */
@customElement("customer-nav")
export class CustomerNav extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      nav {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 1rem;
        margin-bottom: 1rem;
      }
      a {
        color: var(--tessera-link);
        font-weight: 600;
        padding: 0.5rem 0.25rem;
        text-underline-offset: 0.25em;
      }
      a[aria-current="page"] {
        color: var(--tessera-text);
        text-decoration-thickness: 3px;
      }
      .account {
        margin-left: auto;
        display: flex;
        align-items: center;
        gap: 0.75rem;
      }
    `,
  ];

  @property({ attribute: false }) pathname = "/";

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session?: SessionState;

  @consume({ context: cartContext, subscribe: true })
  @state()
  private cart?: StoreCart;

  override render() {
    const count = this.cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0;
    return html`<nav aria-label="Customer">
      ${this.link("/", "Events")} ${this.link("/tickets", "My tickets")} ${this.link("/favorites", "Favorites")}
      ${this.link("/wallet", "Wallet")}
      ${this.link("/cart", count ? `Cart (${count})` : "Cart", count ? `Cart, ${count} tickets` : "Cart, empty")}
      <span class="account">${this.renderAccount()}</span>
    </nav>`;
  }

  private renderAccount() {
    const session = this.session;
    if (!session || session.status === "unknown") return null;
    if (session.status === "guest") {
      return html`${this.link("/account/sign-in", "Sign in")} ${this.link("/account/register", "Create account")}`;
    }
    return html`<span class="muted">${session.customer.first_name || session.customer.email}</span>
      ${this.link("/dependents", "People with me")}
      <button type="button" class="secondary" @click=${this.onSignOut}>Sign out</button>`;
  }

  private link(href: string, text: string, label?: string) {
    const current = this.pathname === href ? "page" : undefined;
    return html`<a href=${href} aria-current=${current ?? "false"} aria-label=${label ?? text}>${text}</a>`;
  }

  private async onSignOut(): Promise<void> {
    await signOut(getSdk());
    navigate("/");
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-nav": CustomerNav;
  }
}
