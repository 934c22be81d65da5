import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import type { ProductSummary } from "./product-api.js";

/** One product in the home list: thumbnail (or a neutral placeholder), title and subtitle. */
@customElement("customer-product-card")
export class CustomerProductCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
      article {
        height: 100%;
        border-radius: 0.75rem;
        overflow: hidden;
        background: var(--tessera-surface);
        border: 1px solid var(--tessera-border);
      }
      img,
      .placeholder {
        display: block;
        width: 100%;
        aspect-ratio: 4 / 3;
        object-fit: cover;
        background: var(--tessera-border);
      }
      h2 {
        font-size: 1.05rem;
        margin: 0.75rem 0.9rem 0.25rem;
      }
      p {
        margin: 0 0.9rem 0.9rem;
        font-size: 0.9rem;
      }
    `,
  ];

  @property({ attribute: false }) product?: ProductSummary;

  override render() {
    const product = this.product;
    if (!product) return null;
    return html`<article aria-label=${product.title}>
      ${product.thumbnail
        ? html`<img src=${product.thumbnail} alt="" loading="lazy" decoding="async" />`
        : html`<div class="placeholder" aria-hidden="true"></div>`}
      <h2>${product.title}</h2>
      ${product.subtitle ? html`<p class="muted">${product.subtitle}</p>` : null}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-product-card": CustomerProductCard;
  }
}
