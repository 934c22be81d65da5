import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { ConnectivityController } from "../../core/offline/connectivity-controller.js";
import { describeError } from "../../core/ui/error-message.js";
import { formatMoney } from "../../core/ui/format.js";
import { formStyles, sharedStyles } from "../../core/ui/shared-styles.js";
import { addToCart } from "../cart/cart-store.js";
import type { StoreTicketType } from "./event-types.js";

const MAX_PER_ADD = 10;

/** Plain words for whether a ticket type can be bought now. */
export function availabilityText(type: StoreTicketType): string {
  if (!type.on_sale) return "Not on sale";
  if (type.available === 0) return "Sold out";
  if (type.available === null) return "Available";
  return `${type.available} left`;
}

/** One ticket type of an event: name, price, availability, and "Add to cart" with a quantity. */
@customElement("customer-ticket-type-row")
export class CustomerTicketTypeRow extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        padding: 1rem;
        border: 1px solid var(--tessera-border);
        border-radius: 0.75rem;
        background: var(--tessera-surface);
      }
      .what {
        flex: 1 1 12rem;
      }
      h3 {
        margin: 0;
        font-size: 1.05rem;
      }
      p {
        margin: 0.15rem 0 0;
      }
      .price {
        font-weight: 700;
        font-size: 1.1rem;
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      .feedback {
        flex-basis: 100%;
      }
      input {
        width: 4.5rem;
      }
    `,
  ];

  @property({ attribute: false }) ticketType?: StoreTicketType;
  @state() private quantity = 1;
  @state() private adding = false;
  @state() private feedback?: { ok: boolean; text: string };

  private readonly network = new ConnectivityController(this);

  override render() {
    const type = this.ticketType;
    if (!type) return null;
    const buyable = type.on_sale && type.available !== 0 && type.variant_id !== null && type.price !== null;
    const max = Math.min(MAX_PER_ADD, type.available ?? MAX_PER_ADD);
    const inputId = `quantity-${type.id}`;
    return html`<div class="row">
      <div class="what">
        <h3>${type.name}</h3>
        ${type.description ? html`<p class="muted">${type.description}</p>` : null}
        <p class="muted">${availabilityText(type)}</p>
      </div>
      ${type.price ? html`<span class="price">${formatMoney(type.price)}</span>` : null}
      ${buyable
        ? html`<label for=${inputId}>Quantity
              <input id=${inputId} type="number" min="1" max=${max} .value=${String(this.quantity)}
                @input=${(event: Event) => (this.quantity = Number((event.target as HTMLInputElement).value))} /></label>
            <button type="button" ?disabled=${this.adding} @click=${() => this.add(max)} aria-label=${`Add ${type.name} to cart`}>
              ${this.adding ? "Adding…" : "Add to cart"}
            </button>`
        : null}
      ${this.feedback
        ? html`<p class="feedback" role=${this.feedback.ok ? "status" : "alert"}>
            ${this.feedback.text} ${this.feedback.ok ? html`<a href="/cart">Go to cart</a>` : null}
          </p>`
        : null}
    </div>`;
  }

  private async add(max: number): Promise<void> {
    const type = this.ticketType;
    if (!type?.variant_id || !type.price) return;
    if (!Number.isInteger(this.quantity) || this.quantity < 1 || this.quantity > max) {
      this.feedback = { ok: false, text: `Choose between 1 and ${max} tickets.` };
      return;
    }
    this.adding = true;
    this.feedback = undefined;
    try {
      await addToCart(getSdk(), type.variant_id, this.quantity, type.price.currency_code, new AbortController().signal);
      this.feedback = { ok: true, text: `${this.quantity} × ${type.name} added to your cart.` };
    } catch (error) {
      this.feedback = { ok: false, text: describeError(error, this.network.online) };
    } finally {
      this.adding = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-ticket-type-row": CustomerTicketTypeRow;
  }
}
