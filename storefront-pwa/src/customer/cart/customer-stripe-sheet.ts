import type { Stripe, StripeElements, StripePaymentElement } from "@stripe/stripe-js";
import { LitElement, css, html } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";

export type SheetOutcome = "paid" | "cancelled";

/**
 * Stripe's Payment Element over the page, and the button that confirms it. It lives in the document's light DOM
 * (appended to body by `showStripeSheet`), because Stripe refuses to mount its frames in a shadow root and the cart
 * page is three shadow roots deep; its own shadow root only styles the panel around the slotted mount point.
 * Not a modal <dialog>: a modal makes the rest of the page inert, and Stripe's 3-D Secure challenge is added to body.
 * Fires `stripe-sheet-closed` with "paid" once Stripe confirmed the payment, or "cancelled".
 */
@customElement("customer-stripe-sheet")
export class CustomerStripeSheet extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: fixed;
        inset: 0;
        z-index: 1000;
        display: grid;
        place-items: center;
        padding: 1rem;
        background: rgb(0 0 0 / 0.55);
      }
      [role="dialog"] {
        box-sizing: border-box;
        width: min(100%, 32rem);
        max-height: calc(100dvh - 2rem);
        overflow: auto;
        display: grid;
        gap: 1rem;
        padding: 1.25rem;
        border-radius: 0.75rem;
        background: var(--tessera-bg);
      }
      h2 {
        margin: 0;
        font-size: 1.2rem;
      }
      h2:focus {
        outline: none;
      }
      p {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 0.75rem;
      }
    `,
  ];

  @property({ attribute: false }) stripe?: Stripe;
  @property({ attribute: false }) clientSecret = "";
  /** The total, formatted, for the pay button. */
  @property({ attribute: false }) amount = "";
  /** Where Stripe sends a buyer who picked a method that pays on another site (a bank's page). */
  @property({ attribute: false }) returnUrl = "";

  @state() private ready = false;
  @state() private busy = false;
  @state() private failure?: string;

  @query("h2") private heading?: HTMLElement;
  private elements?: StripeElements;
  private paymentElement?: StripePaymentElement;

  override render() {
    return html`<div role="dialog" aria-modal="true" aria-labelledby="stripe-sheet-heading" @keydown=${this.onKeydown}>
      <h2 id="stripe-sheet-heading" tabindex="-1">Pay ${this.amount}</h2>
      <slot></slot>
      ${this.ready || this.failure ? null : html`<p class="muted" role="status">Loading Stripe's payment form…</p>`}
      ${this.failure ? html`<p role="alert">${this.failure}</p>` : null}
      <div class="actions">
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.close("cancelled")}>Cancel</button>
        <button type="button" ?disabled=${this.busy || !this.ready} @click=${this.confirm}>
          ${this.busy ? "Paying…" : this.failure ? "Try again" : `Pay ${this.amount}`}
        </button>
      </div>
    </div>`;
  }

  protected override firstUpdated(): void {
    this.heading?.focus();
    if (!this.stripe) return;
    const mountPoint = document.createElement("div");
    this.append(mountPoint);
    this.elements = this.stripe.elements({ clientSecret: this.clientSecret, appearance: appearance() });
    this.paymentElement = this.elements.create("payment");
    this.paymentElement.on("ready", () => (this.ready = true));
    this.paymentElement.on("loaderror", (event) => {
      this.failure = event.error.message ?? "Stripe's payment form did not load. Cancel and try again.";
    });
    this.paymentElement.mount(mountPoint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.paymentElement?.destroy();
  }

  private async confirm(): Promise<void> {
    if (!this.stripe || !this.elements) return;
    this.busy = true;
    this.failure = undefined;
    try {
      const { error } = await this.stripe.confirmPayment({
        elements: this.elements,
        redirect: "if_required",
        confirmParams: { return_url: this.returnUrl },
      });
      // Stripe words card declines and incomplete fields for buyers: shown as is.
      if (error) this.failure = error.message ?? "The payment did not go through. Check the details and try again.";
      else this.close("paid");
    } catch {
      this.failure = "Stripe did not answer. Check the connection, then try again.";
    } finally {
      this.busy = false;
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === "Escape" && !this.busy) this.close("cancelled");
  }

  private close(outcome: SheetOutcome): void {
    this.dispatchEvent(new CustomEvent<SheetOutcome>("stripe-sheet-closed", { detail: outcome, bubbles: true, composed: true }));
  }
}

/** Stripe's frames cannot read our custom properties: pass the scheme and accent colour explicitly. */
function appearance() {
  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  const accent = getComputedStyle(document.documentElement).getPropertyValue("--tessera-accent").trim();
  return { theme: dark ? ("night" as const) : ("stripe" as const), variables: accent ? { colorPrimary: accent } : {} };
}

/** The element focused inside shadow roots, to give focus back when the sheet closes. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** Shows the sheet until the buyer has paid or cancelled, then removes it and gives focus back. */
export function showStripeSheet(options: { stripe: Stripe; clientSecret: string; amount: string; returnUrl: string }): Promise<SheetOutcome> {
  const opener = deepActiveElement();
  const sheet = document.createElement("customer-stripe-sheet");
  sheet.stripe = options.stripe;
  sheet.clientSecret = options.clientSecret;
  sheet.amount = options.amount;
  sheet.returnUrl = options.returnUrl;
  return new Promise((resolve) => {
    sheet.addEventListener(
      "stripe-sheet-closed",
      (event) => {
        sheet.remove();
        opener?.focus();
        resolve(event.detail);
      },
      { once: true },
    );
    document.body.append(sheet);
  });
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-stripe-sheet": CustomerStripeSheet;
  }
  interface HTMLElementEventMap {
    "stripe-sheet-closed": CustomEvent<SheetOutcome>;
  }
}
