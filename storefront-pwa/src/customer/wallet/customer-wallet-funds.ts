import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { navigate } from "../../core/ui/navigate.js";
import { formStyles, sharedStyles } from "../../core/ui/shared-styles.js";
import { ensureCart, loadCart } from "../cart/cart-store.js";
import { FormActionController } from "../form-action-controller.js";
import { failureStyles, fieldMessage, fieldState, formMessage } from "../form-failure.js";
import { addTopUp, AWAITED_BALANCE_KEY, saveAutoReload, type StoreWallet } from "./wallet-api.js";
import { formatMinor, fromMinor, toMinor } from "./wallet-money.js";

type Part = "top-up" | "auto-reload";

/**
 * Money into the wallet: a top-up (a line in the cart, paid at checkout like tickets) and the auto-reload settings
 * (stored; the backend does not charge them yet). Fires `wallet-changed` (bubbling, composed) after saving settings.
 */
@customElement("customer-wallet-funds")
export class CustomerWalletFunds extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    failureStyles,
    css`
      :host {
        display: grid;
        gap: 1.5rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      }
      form {
        display: grid;
        gap: 0.6rem;
      }
      label {
        display: grid;
        gap: 0.25rem;
      }
      label.check {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      h2 {
        margin: 0 0 0.25rem;
        font-size: 1.15rem;
      }
      p {
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) wallet?: StoreWallet;
  @state() private saved = false;
  @state() private reloadOn?: boolean;

  private readonly action = new FormActionController<Part>(this);

  override render() {
    const wallet = this.wallet;
    if (!wallet) return null;
    return html`${this.renderTopUp(wallet)} ${this.renderAutoReload(wallet)}`;
  }

  private renderTopUp({ currency_code, limits }: StoreWallet) {
    const failure = this.action.failureOf("top-up");
    const amount = fieldState(failure, "amount", "top-up");
    return html`<section aria-labelledby="top-up-heading">
      <h2 id="top-up-heading">Top up</h2>
      <form @submit=${this.onTopUp} aria-labelledby="top-up-heading">
        <label for="top-up-amount">Amount (${currency_code.toUpperCase()})
          <input id="top-up-amount" name="amount" type="number" required step="0.01" min=${fromMinor(limits.min_top_up, currency_code)}
            max=${fromMinor(limits.max_top_up, currency_code)} aria-invalid=${amount.invalid} aria-describedby=${amount.invalid === "true" ? "top-up-limits top-up-amount-error" : "top-up-limits"} /></label>
        <p id="top-up-limits" class="muted">Between ${formatMinor(limits.min_top_up, currency_code)} and ${formatMinor(limits.max_top_up, currency_code)};
          the wallet holds at most ${formatMinor(limits.max_balance, currency_code)}.</p>
        ${fieldMessage(failure, "amount", "top-up")} ${formMessage(failure)}
        <button type="submit" ?disabled=${this.action.busy === "top-up"}>${this.action.busy === "top-up" ? "Adding…" : "Add to cart and pay"}</button>
      </form>
    </section>`;
  }

  private renderAutoReload({ currency_code, auto_reload }: StoreWallet) {
    const failure = this.action.failureOf("auto-reload");
    const on = this.reloadOn ?? auto_reload.threshold !== null;
    const threshold = fieldState(failure, "auto_reload_threshold", "auto-reload");
    const amount = fieldState(failure, "auto_reload_amount", "auto-reload");
    const major = (minor: number | null) => (minor === null ? "" : String(fromMinor(minor, currency_code)));
    return html`<section aria-labelledby="auto-reload-heading">
      <h2 id="auto-reload-heading">Auto-reload</h2>
      <form @submit=${this.onAutoReload} aria-labelledby="auto-reload-heading">
        <label class="check"><input type="checkbox" name="on" .checked=${on}
          @change=${(event: Event) => (this.reloadOn = (event.target as HTMLInputElement).checked)} /> Reload automatically</label>
        ${on
          ? html`<label for="auto-reload-threshold">When the balance falls below (${currency_code.toUpperCase()})
                <input id="auto-reload-threshold" name="threshold" type="number" required min="0" step="0.01" .value=${major(auto_reload.threshold)}
                  aria-invalid=${threshold.invalid} aria-describedby=${threshold.describedBy} /></label>
              ${fieldMessage(failure, "auto_reload_threshold", "auto-reload")}
              <label for="auto-reload-amount">add (${currency_code.toUpperCase()})
                <input id="auto-reload-amount" name="amount" type="number" required min="0" step="0.01" .value=${major(auto_reload.amount)}
                  aria-invalid=${amount.invalid} aria-describedby=${amount.describedBy} /></label>
              ${fieldMessage(failure, "auto_reload_amount", "auto-reload")}`
          : null}
        ${formMessage(failure)}
        <p role="status">${this.saved ? "Saved." : ""}</p>
        <button type="submit" ?disabled=${this.action.busy === "auto-reload"}>${this.action.busy === "auto-reload" ? "Saving…" : "Save"}</button>
      </form>
    </section>`;
  }

  private run(part: Part, fields: readonly string[], work: (signal: AbortSignal) => Promise<void>): Promise<boolean> {
    this.saved = false;
    return this.action.run(part, fields, work);
  }

  private onTopUp(event: SubmitEvent): Promise<boolean> {
    event.preventDefault();
    const wallet = this.wallet as StoreWallet;
    const amount = toMinor(Number(new FormData(event.currentTarget as HTMLFormElement).get("amount")), wallet.currency_code);
    return this.run("top-up", ["amount"], async (signal) => {
      const cart = await ensureCart(getSdk(), wallet.currency_code, signal);
      await addTopUp(getSdk(), cart.id, amount, signal);
      sessionStorage.setItem(AWAITED_BALANCE_KEY, String(wallet.balance + amount));
      await loadCart(getSdk(), signal);
      navigate("/cart");
    });
  }

  private onAutoReload(event: SubmitEvent): Promise<boolean> {
    event.preventDefault();
    const wallet = this.wallet as StoreWallet;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const minor = (name: string) => (data.has("on") ? toMinor(Number(data.get(name)), wallet.currency_code) : null);
    return this.run("auto-reload", ["auto_reload_threshold", "auto_reload_amount"], async (signal) => {
      await saveAutoReload(getSdk(), { auto_reload_threshold: minor("threshold"), auto_reload_amount: minor("amount") }, signal);
      this.saved = true;
      this.dispatchEvent(new CustomEvent("wallet-changed", { bubbles: true, composed: true }));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-wallet-funds": CustomerWalletFunds;
  }
  interface HTMLElementEventMap {
    "wallet-changed": CustomEvent<void>;
  }
}
