import { LitElement, css, html } from "lit";
import { customElement } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { LoadController } from "../../core/ui/load-controller.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import { ConnectivityController } from "../../core/offline/connectivity-controller.js";
import { listProducts, type ProductPage } from "./product-api.js";
import "./customer-product-card.js";

/** The customer home page (`/`): the store's products, with loading, error-with-retry and empty states. */
@customElement("customer-home")
export class CustomerHome extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      }
      .state {
        padding: 2rem 1rem;
        text-align: center;
      }
    `,
  ];

  private readonly products = new LoadController<ProductPage>(this, (signal) => listProducts(getSdk(), signal));

  /** Coming back online after a failed load retries by itself. */
  private readonly network = new ConnectivityController(this, (online) => {
    if (online && this.products.status === "error") this.products.run();
  });

  override render() {
    return html`
      <h1>Events and tickets</h1>
      ${this.products.render({
        pending: () => html`<p class="state muted" role="status" aria-live="polite">Loading products…</p>`,
        complete: ({ products }) =>
          products.length === 0
            ? html`<p class="state muted" role="status">No products are on sale yet. Check back soon.</p>`
            : html`<ul aria-label="Products">
                ${products.map((product) => html`<li><customer-product-card .product=${product}></customer-product-card></li>`)}
              </ul>`,
        error: (error) => this.renderError(error),
      })}
    `;
  }

  private renderError(error: unknown) {
    const reason = this.network.online
      ? error instanceof Error && error.message
        ? error.message
        : "The store did not answer."
      : "You are offline.";
    return html`<div class="state" role="alert">
      <p>Couldn't load the products. <span class="muted">${reason}</span></p>
      <button type="button" @click=${() => this.products.run()}>Retry</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-home": CustomerHome;
  }
}
