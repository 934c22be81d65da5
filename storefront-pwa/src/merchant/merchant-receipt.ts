import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { ChargeItem } from "../core/offline/stand-db.js";
import { formatMinor } from "../core/ui/minor-money.js";
import { sharedStyles } from "../core/ui/shared-styles.js";
import { REFUSAL_WORDS } from "./charge-words.js";
import { standStyles } from "./merchant-styles.js";
import { sentence } from "./refusal-text.js";
import type { ChargeDraft, ChargeOutcome } from "./stand-controller.js";

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });

/**
 * The answer to a tap, readable across the counter: paid (the server's charge id and the wallet's new balance),
 * accepted offline (queued, the device's charge id, what is left of the offline limit) or refused (why, in
 * words). The receipt lists the items and the time. Colour blocks always carry their word.
 */
@customElement("merchant-receipt")
export class MerchantReceipt extends LitElement {
  static override styles = [
    sharedStyles,
    standStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0;
        font-size: clamp(1.75rem, 7vw, 2.5rem);
      }
      .amount {
        margin: 0.25rem 0 0;
      }
      .receipt {
        margin-top: 0.75rem;
        padding: 1rem 1.25rem;
        border-radius: 0.75rem;
        border: 1px solid var(--tessera-border);
        background: var(--tessera-surface);
        color: var(--tessera-text);
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        padding: 0.35rem 0;
        text-align: left;
        vertical-align: top;
      }
      tbody tr + tr td,
      tfoot td,
      tfoot th {
        border-top: 1px solid var(--tessera-border);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.35rem 1rem;
        margin: 0.75rem 0 0;
      }
      dt {
        color: var(--tessera-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .id {
        font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
        font-size: 0.875rem;
      }
      .detail {
        margin: 0.75rem 0 0;
        font-size: 1.125rem;
      }
      .detail + .detail {
        margin-top: 0.25rem;
      }
    `,
  ];

  @property({ attribute: false }) outcome?: ChargeOutcome;
  /** What was rung up (the items are shown even when the server answers without them). */
  @property({ attribute: false }) draft?: ChargeDraft;
  @property() currency = "eur";

  override render() {
    const outcome = this.outcome;
    if (!outcome) return null;
    if (outcome.kind === "refused") return this.renderRefused(outcome);
    const amount = outcome.kind === "charged" ? outcome.charge.amount : outcome.request.amount;
    const balance = outcome.kind === "charged" ? outcome.charge.wallet_balance : null;
    return html`<section class=${outcome.kind === "charged" ? "paid" : "queued"} role="status" aria-live="assertive" data-outcome=${outcome.kind} data-ms=${outcome.ms.toFixed(1)}>
        <h2>${outcome.kind === "charged" ? "Paid" : "Accepted offline"}</h2>
        <p class="amount">${formatMinor(amount, this.currency)}</p>
        ${outcome.kind === "queued"
          ? html`<p class="detail">Queued on this device and sent when the network is back. Offline limit left on this wristband:
              ${formatMinor(outcome.cap_left, this.currency)}.</p>`
          : balance !== null
            ? html`<p class="detail">New balance <strong id="new-balance">${formatMinor(balance, this.currency)}</strong></p>`
            : null}
      </section>
      <article class="receipt" aria-label="Receipt">${this.renderItems(amount)} ${this.renderFacts(outcome)}</article>`;
  }

  private renderItems(amount: number) {
    const items: ChargeItem[] = this.draft?.items ?? [];
    if (!items.length) return null;
    return html`<table aria-label="Items">
      <thead class="muted">
        <tr><th scope="col">Item</th><th scope="col">Qty</th><th scope="col" class="money">Price</th><th scope="col" class="money">Sum</th></tr>
      </thead>
      <tbody>
        ${items.map(
          (item) => html`<tr>
            <td>${item.name}</td>
            <td>${item.quantity}</td>
            <td class="money">${formatMinor(item.unit_amount, this.currency)}</td>
            <td class="money">${formatMinor(item.quantity * item.unit_amount, this.currency)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr><th scope="row" colspan="3">Total</th><td class="money"><strong>${formatMinor(amount, this.currency)}</strong></td></tr>
      </tfoot>
    </table>`;
  }

  private renderFacts(outcome: Extract<ChargeOutcome, { kind: "charged" | "queued" }>) {
    const chargedAt = outcome.kind === "charged" ? Date.parse(outcome.charge.created_at) : outcome.at;
    return html`<dl>
      <dt>Time</dt>
      <dd>${when(Number.isNaN(chargedAt) ? outcome.at : chargedAt)}</dd>
      <dt>Charge</dt>
      <dd class="id" id="charge-id">${outcome.kind === "charged" ? outcome.charge.id : outcome.request.idempotency_key}</dd>
      <dt>Status</dt>
      <dd>${outcome.kind === "charged" ? "Charged by the server" : "Queued on this device (offline)"}</dd>
    </dl>`;
  }

  private renderRefused(outcome: Extract<ChargeOutcome, { kind: "refused" }>) {
    const words = outcome.by === "server" ? serverWords(outcome.message) : REFUSAL_WORDS[outcome.reason];
    const capLeft = outcome.by === "device" && outcome.reason === "over_cap" && outcome.cap_left !== undefined ? outcome.cap_left : undefined;
    return html`<section class="refused" role="alert" data-outcome="refused" data-ms=${outcome.ms.toFixed(1)}>
      <h2>Not charged</h2>
      <p class="detail" id="refusal">${words}${capLeft !== undefined ? ` At most ${formatMinor(capLeft, this.currency)} can be charged offline.` : ""}</p>
      <p class="detail">${outcome.by === "server" ? "Refused by the server." : "Refused on this device (offline)."}</p>
    </section>`;
  }
}

/** The server's words, about a wristband rather than a credential. */
const serverWords = (message: string) => sentence(message.replace(/^the credential was rejected: /, "the wristband was rejected: "));

declare global {
  interface HTMLElementTagNameMap {
    "merchant-receipt": MerchantReceipt;
  }
}
