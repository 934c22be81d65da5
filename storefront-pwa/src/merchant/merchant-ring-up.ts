import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import type { ChargeItem } from "../core/offline/stand-db.js";
import { formatMinor, fromMinor, parseMinor } from "../core/ui/minor-money.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import { standStyles } from "./merchant-styles.js";
import type { ChargeDraft } from "./stand-controller.js";

/** The most one charge may take, as the API caps it (MAX_CHARGE_AMOUNT, minor units). */
const MAX_CHARGE = 50_000;

interface ItemRow {
  key: number;
  name: string;
  quantity: string;
  price: string;
}

/**
 * Rings up a charge: an amount in the stand's currency, or line items (name, quantity, unit price) whose sum is the
 * amount. Submitting fires `ring-up` with the ChargeDraft (minor units); the page then asks for the wristband.
 */
@customElement("merchant-ring-up")
export class MerchantRingUp extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    standStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 0.75rem;
      }
      .amount-input {
        font-size: 2rem;
        font-weight: 700;
        width: 100%;
        max-width: 14rem;
      }
      fieldset {
        border: 1px solid var(--tessera-border);
        border-radius: 0.75rem;
        padding: 0.5rem 0.75rem 0.75rem;
        display: grid;
        gap: 0.5rem;
      }
      legend {
        font-weight: 600;
        padding: 0 0.25rem;
      }
      .item {
        display: grid;
        grid-template-columns: minmax(8rem, 1fr) 4.5rem 6.5rem auto;
        gap: 0.5rem;
        align-items: end;
      }
      .item label {
        display: grid;
        gap: 0.15rem;
        font-size: 0.875rem;
      }
      .item input {
        width: 100%;
      }
      button.charge {
        font-size: 1.25rem;
        min-height: 56px;
      }
      @media (max-width: 30rem) {
        .item {
          grid-template-columns: 1fr 4rem 5.5rem;
        }
        .item .remove {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  /** The stand's currency (lowercase ISO code). */
  @property() currency = "eur";
  /** A draft to start from (e.g. "change amount" after a refusal). */
  @property({ attribute: false }) draft?: ChargeDraft;

  @state() private amountText = "";
  @state() private items: ItemRow[] = [];
  @state() private error?: string;
  private nextKey = 0;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("draft") && this.draft) {
      this.items = (this.draft.items ?? []).map((item) => ({
        key: this.nextKey++,
        name: item.name,
        quantity: String(item.quantity),
        price: String(fromMinor(item.unit_amount, this.currency)),
      }));
      this.amountText = this.items.length ? "" : String(fromMinor(this.draft.amount, this.currency));
    }
  }

  override render() {
    const total = this.total();
    const symbol = this.currency.toUpperCase();
    return html`<form @submit=${this.submit} aria-label="Ring up a charge" novalidate>
      ${this.items.length
        ? html`<p>Total <strong class="money" id="total">${total.ok ? formatMinor(total.amount, this.currency) : "—"}</strong></p>`
        : html`<label for="amount">Amount (${symbol})</label>
            <input
              id="amount"
              class="amount-input"
              inputmode="decimal"
              autocomplete="off"
              placeholder="0.00"
              .value=${this.amountText}
              @input=${(event: InputEvent) => (this.amountText = (event.target as HTMLInputElement).value)}
              aria-invalid=${this.error ? "true" : "false"}
              aria-describedby=${this.error ? "ring-up-error" : "amount-hint"}
            />
            <span id="amount-hint" class="muted">Or add items and the total is worked out for you.</span>`}
      ${this.items.length ? this.renderItems() : null}
      <div class="bar">
        <button type="button" class="secondary" @click=${this.addItem}>Add item</button>
        ${this.items.length ? html`<button type="button" class="secondary" @click=${this.clearItems}>Enter an amount instead</button>` : null}
      </div>
      ${this.error ? html`<p class="field-error" id="ring-up-error" role="alert">${this.error}</p>` : null}
      <button type="submit" class="charge">${total.ok ? `Charge ${formatMinor(total.amount, this.currency)}` : "Charge"}</button>
    </form>`;
  }

  private renderItems() {
    return html`<fieldset>
      <legend>Items</legend>
      ${repeat(
        this.items,
        (item) => item.key,
        (item, index) => html`<div class="item">
          <label>Item ${index + 1}<input .value=${item.name} @input=${this.edit(item, "name")} autocomplete="off" aria-label="Item ${index + 1} name" /></label>
          <label>Qty<input .value=${item.quantity} @input=${this.edit(item, "quantity")} inputmode="numeric" aria-label="Item ${index + 1} quantity" /></label>
          <label>Price<input .value=${item.price} @input=${this.edit(item, "price")} inputmode="decimal" aria-label="Item ${index + 1} unit price" /></label>
          <button type="button" class="secondary remove" @click=${() => this.removeItem(item)} aria-label="Remove item ${index + 1}">Remove</button>
        </div>`,
      )}
    </fieldset>`;
  }

  /** Puts the cursor where the next charge starts: the amount, or the first item's name. */
  focusFirstField(): void {
    this.renderRoot.querySelector<HTMLInputElement>("input")?.focus();
  }

  /** The draft the form holds now, or why it cannot be charged. */
  private total(): { ok: true; amount: number; items?: ChargeItem[] } | { ok: false; message: string } {
    if (!this.items.length) {
      const amount = parseMinor(this.amountText, this.currency);
      if (amount === undefined || amount <= 0) return { ok: false, message: `Enter the amount in ${this.currency.toUpperCase()}, e.g. 4.50.` };
      return amount > MAX_CHARGE ? { ok: false, message: `One charge can be at most ${formatMinor(MAX_CHARGE, this.currency)}.` } : { ok: true, amount };
    }
    const items: ChargeItem[] = [];
    for (const [index, row] of this.items.entries()) {
      const quantity = Number(row.quantity);
      const unit = parseMinor(row.price, this.currency);
      if (!row.name.trim()) return { ok: false, message: `Item ${index + 1} needs a name.` };
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1000) return { ok: false, message: `Item ${index + 1} needs a quantity from 1 to 1000.` };
      if (unit === undefined) return { ok: false, message: `Item ${index + 1} needs a price, e.g. 4.50.` };
      items.push({ name: row.name.trim(), quantity, unit_amount: unit });
    }
    const amount = items.reduce((sum, item) => sum + item.quantity * item.unit_amount, 0);
    if (amount <= 0) return { ok: false, message: "The items add up to nothing." };
    if (amount > MAX_CHARGE) return { ok: false, message: `One charge can be at most ${formatMinor(MAX_CHARGE, this.currency)}.` };
    return { ok: true, amount, items };
  }

  private edit(item: ItemRow, field: "name" | "quantity" | "price") {
    return (event: InputEvent) => {
      this.items = this.items.map((row) => (row === item ? { ...row, [field]: (event.target as HTMLInputElement).value } : row));
    };
  }

  private async addItem(): Promise<void> {
    const fromAmount = this.items.length ? "" : this.amountText;
    this.items = [...this.items, { key: this.nextKey++, name: "", quantity: "1", price: fromAmount }];
    this.error = undefined;
    await this.updateComplete;
    const names = this.renderRoot.querySelectorAll<HTMLInputElement>(".item input");
    names[(this.items.length - 1) * 3]?.focus();
  }

  private removeItem(item: ItemRow): void {
    this.items = this.items.filter((row) => row !== item);
  }

  private clearItems(): void {
    this.items = [];
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const total = this.total();
    if (!total.ok) {
      this.error = total.message;
      return;
    }
    this.error = undefined;
    const draft: ChargeDraft = { amount: total.amount, ...(total.items ? { items: total.items } : {}) };
    this.dispatchEvent(new CustomEvent<ChargeDraft>("ring-up", { detail: draft, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "merchant-ring-up": MerchantRingUp;
  }
}
