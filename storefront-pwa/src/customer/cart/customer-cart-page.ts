import { consume } from "@lit/context";
import { LitElement, css, html } from "lit";
import { customElement, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { ConnectivityController } from "../../core/offline/connectivity-controller.js";
import { describeError } from "../../core/ui/error-message.js";
import { formatMoney } from "../../core/ui/format.js";
import { navigate } from "../../core/ui/navigate.js";
import { formStyles, sharedStyles } from "../../core/ui/shared-styles.js";
import { rowCardStyles } from "../row-styles.js";
import type { SessionState } from "../account/customer-session.js";
import { cartContext, sessionContext } from "../customer-context.js";
import { LoadController } from "../../core/ui/load-controller.js";
import "../../core/ui/app-error.js";
import { checkout, isWalletTopUp, paymentStepFor, setLineQuantity, type StoreCart } from "./cart-store.js";
import type { PaymentStep } from "./payment.js";

/** The cart (`/cart`) and checkout: quantities, email, pay, then on to "my tickets" (or the wallet, for top-ups alone). */
@customElement("customer-cart-page")
export class CustomerCartPage extends LitElement {
  static override styles = [
    sharedStyles,
    rowCardStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .quantity {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      .quantity button {
        min-width: 44px;
        padding: 0.5rem;
      }
      .total {
        font-size: 1.2rem;
        font-weight: 700;
      }
      form {
        display: grid;
        gap: 0.75rem;
        max-width: 28rem;
      }
      label {
        display: grid;
        gap: 0.25rem;
      }
      ul.plain {
        gap: 0.75rem;
        margin-bottom: 1.5rem;
      }
    `,
  ];

  @consume({ context: cartContext, subscribe: true })
  @state()
  private cart?: StoreCart;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session?: SessionState;

  @state() private busy = false;
  @state() private failure?: string;

  private readonly network = new ConnectivityController(this);

  /** Payment providers depend on the cart's region; read again when it changes. */
  private paymentRegion?: string;
  private readonly payment = new LoadController<PaymentStep | undefined>(this, (signal) =>
    this.cart ? paymentStepFor(getSdk(), this.cart, signal) : Promise.resolve(undefined),
  );

  protected override willUpdate(): void {
    if (this.cart && this.cart.region_id !== this.paymentRegion) {
      this.paymentRegion = this.cart.region_id;
      this.payment.run();
    }
  }

  override render() {
    const cart = this.cart;
    if (!cart?.items?.length) {
      return html`<h1>Your cart</h1>
        <p>Your cart is empty. <a href="/">Find an event</a></p>`;
    }
    const email = this.session?.status === "signed-in" ? this.session.customer.email : (cart.email ?? "");
    return html`
      <h1>Your cart</h1>
      <ul class="plain" aria-label="Cart lines">
        ${cart.items.map(
          (item) => html`<li class="row-card">
            <div class="what">
              <p><strong>${item.product_title ?? item.title}</strong></p>
              <p class="muted">${item.variant_title ?? ""} · ${formatMoney({ amount: item.unit_price, currency_code: cart.currency_code })} each</p>
            </div>
            <div class="quantity" role="group" aria-label=${`Quantity of ${item.product_title ?? item.title}`}>
              <button type="button" class="secondary" aria-label="One less" ?disabled=${this.busy}
                @click=${() => this.setQuantity(item.id, item.quantity - 1)}>−</button>
              <span aria-live="polite">${item.quantity}</span>
              <button type="button" class="secondary" aria-label="One more" ?disabled=${this.busy}
                @click=${() => this.setQuantity(item.id, item.quantity + 1)}>+</button>
            </div>
            <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.setQuantity(item.id, 0)}>Remove</button>
          </li>`,
        )}
      </ul>
      <p class="total">Total ${formatMoney({ amount: Number(cart.total ?? 0), currency_code: cart.currency_code })}</p>
      <form @submit=${this.onPay} aria-label="Checkout">
        <label for="email">Email for your tickets
          <input id="email" name="email" type="email" autocomplete="email" required .value=${email} /></label>
        ${this.payment.render({
          pending: () => html`<p class="muted" role="status">Loading payment methods…</p>`,
          complete: (step) => (step ? step.render?.() : html`<p role="alert">No payment method is available for this cart.</p>`),
          error: (error) =>
            html`<app-error heading="Couldn't load the payment methods." .error=${error} @retry=${() => this.payment.run()}></app-error>`,
        })}
        ${this.session?.status !== "signed-in"
          ? html`<p class="muted">Tickets appear under "My tickets" when you <a href="/account/sign-in?next=/cart">sign in</a> before paying.</p>`
          : null}
        ${this.failure ? html`<p role="alert">${this.failure}</p>` : null}
        ${this.payment.render({
          pending: () => null,
          error: () => null,
          complete: (step) =>
            step ? html`<button type="submit" ?disabled=${this.busy}>${this.busy ? "Paying…" : step.label}</button>` : null,
        })}
      </form>
    `;
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.failure = undefined;
    try {
      await work();
    } catch (error) {
      this.failure = describeError(error, this.network.online);
    } finally {
      this.busy = false;
    }
  }

  private setQuantity(lineId: string, quantity: number): Promise<void> {
    return this.run(() => setLineQuantity(getSdk(), lineId, quantity, new AbortController().signal));
  }

  private onPay(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget as HTMLFormElement).get("email") ?? "").trim();
    const step = this.payment.value;
    if (!step) return Promise.resolve();
    const topUpOnly = this.cart?.items?.every(isWalletTopUp) ?? false;
    return this.run(async () => {
      const order = await checkout(getSdk(), email, step, new AbortController().signal);
      navigate(`${topUpOnly ? "/wallet" : "/tickets"}?order=${encodeURIComponent(order.id)}`);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-cart-page": CustomerCartPage;
  }
}
