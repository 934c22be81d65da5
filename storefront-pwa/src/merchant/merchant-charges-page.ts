import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ConnectivityController } from "../core/offline/connectivity-controller.js";
import type { LocalCharge } from "../core/offline/stand-db.js";
import { LoadController } from "../core/ui/load-controller.js";
import { formatMinor } from "../core/ui/minor-money.js";
import { sharedStyles } from "../core/ui/shared-styles.js";
import "../core/ui/app-error.js";
import { syncRejectionText, SYNC_WORDS, time } from "./charge-words.js";
import { CHARGES_PAGE_SIZE, type ListedCharge, type MerchantMe, type Stand } from "./merchant-api.js";
import { merchantApi } from "./merchant-session.js";
import { standStyles } from "./merchant-styles.js";
import { refusalText } from "./refusal-text.js";
import { replayQueuedCharges } from "./charge-queue.js";
import { chargesIn, recentCharges } from "./stand-store.js";

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "short", timeStyle: "medium" });

/**
 * Recent charges: the server's list for this stand (`GET /merchant/charges`, 20 a page, newest first) with a
 * refund for each (asked to confirm; `POST /merchant/charges/:id/refund` refunds in full, once), and above it
 * what this device holds that the server has not taken yet (queued offline, or refused on sync).
 */
@customElement("merchant-charges-page")
export class MerchantChargesPage extends LitElement {
  static override styles = [
    sharedStyles,
    standStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
      }
      h1,
      h2 {
        margin: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li.charge {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.25rem 1rem;
        align-items: center;
        padding: 0.75rem 1rem;
        border: 1px solid var(--tessera-border);
        border-radius: 0.75rem;
        background: var(--tessera-surface);
      }
      .what {
        margin: 0;
      }
      .meta {
        margin: 0;
        font-size: 0.875rem;
      }
      .confirm {
        grid-column: 1 / -1;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .tag {
        display: inline-block;
        padding: 0 0.5rem;
        border-radius: 999px;
        border: 1px solid currentColor;
        font-size: 0.8125rem;
        font-weight: 600;
      }
      .id {
        font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      }
      .pages {
        margin-top: 0.75rem;
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
    `,
  ];

  @property({ attribute: false }) me!: MerchantMe;
  @property({ attribute: false }) stand!: Stand;

  @state() private offset = 0;
  /** The charge whose refund is being confirmed, or sent. */
  @state() private confirming?: string;
  @state() private refunding?: string;
  @state() private refundError?: { id: string; error: unknown };
  @state() private onDevice: LocalCharge[] = [];

  private readonly network = new ConnectivityController(this, (online) => void this.onConnectivity(online));

  private readonly list = new LoadController(this, (signal) => merchantApi().charges(this.offset, this.stand.id, signal));

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadDevice();
  }

  override render() {
    return html`<h1>Recent charges</h1>
      ${this.renderDevice()}
      <section aria-labelledby="server-heading">
        <h2 id="server-heading">Charged at ${this.stand.name}</h2>
        ${this.list.render({
          pending: () => html`<p class="muted" role="status">Loading charges…</p>`,
          error: (error) =>
            this.network.online
              ? html`<app-error heading="The charges did not load." .error=${error} @retry=${() => this.list.run()}></app-error>`
              : html`<p class="panel" role="status">You are offline: the server's list shows when the network is back. Charges made on this device are above.</p>`,
          complete: ({ charges, count }) => this.renderList(charges, count),
        })}
      </section>`;
  }

  private renderDevice() {
    const waiting = this.onDevice.filter((charge) => charge.sync === "pending" || charge.sync === "rejected");
    if (!waiting.length) return null;
    return html`<section aria-labelledby="device-heading">
      <h2 id="device-heading">On this device, not on the server</h2>
      <ul aria-label="Charges on this device">
        ${waiting.map(
          (charge) => html`<li class="charge">
            <p class="what"><strong class="money">${formatMinor(charge.request.amount, charge.request.currency_code)}</strong> ${itemsText(charge.request.items)}</p>
            <span class="tag">${SYNC_WORDS[charge.sync]}</span>
            <p class="meta muted">${time(charge.at)} · ${charge.sync === "rejected" ? `Refused: ${syncRejectionText(charge.reason)}` : "Sent when the network is back"}</p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderList(charges: ListedCharge[], count: number) {
    if (!count) return html`<p class="muted">No charges yet.</p>`;
    const page = Math.floor(this.offset / CHARGES_PAGE_SIZE) + 1;
    const pages = Math.max(1, Math.ceil(count / CHARGES_PAGE_SIZE));
    return html`<ul aria-label="Charges">
        ${charges.map((charge) => this.renderCharge(charge))}
      </ul>
      <nav class="pages" aria-label="Pages">
        <button type="button" class="secondary" ?disabled=${page <= 1} @click=${() => this.goTo(this.offset - CHARGES_PAGE_SIZE)}>Newer</button>
        <span>Page ${page} of ${pages} (${count} charges)</span>
        <button type="button" class="secondary" ?disabled=${page >= pages} @click=${() => this.goTo(this.offset + CHARGES_PAGE_SIZE)}>Older</button>
      </nav>`;
  }

  private renderCharge(charge: ListedCharge) {
    const amount = formatMinor(charge.amount, charge.currency_code);
    const flags = charge.flagged ? ["flagged for review"] : [];
    const failed = this.refundError?.id === charge.id ? this.refundError.error : undefined;
    return html`<li class="charge" data-charge=${charge.id}>
      <p class="what"><strong class="money">${amount}</strong> ${itemsText(charge.items) || charge.description || ""}</p>
      ${charge.refund
        ? html`<span class="tag">Refunded</span>`
        : html`<button type="button" class="secondary" ?disabled=${this.refunding !== undefined || !this.network.online} @click=${() => this.askRefund(charge.id)} aria-label="Refund ${amount} charged ${when(charge.created_at)}">Refund</button>`}
      <p class="meta muted">
        ${charge.offline && charge.device_time ? `${when(charge.device_time)} (offline, synced ${when(charge.created_at)})` : when(charge.created_at)} ·
        <span class="id">${charge.id}</span>${flags.length ? ` · ${flags.join(", ")}` : ""}
      </p>
      ${this.confirming === charge.id ? this.renderConfirm(charge, amount) : null}
      ${failed ? html`<p class="confirm field-error" role="alert">The refund did not go through. ${refusalText(failed, this.network.online)}</p>` : null}
    </li>`;
  }

  private renderConfirm(charge: ListedCharge, amount: string) {
    const busy = this.refunding === charge.id;
    return html`<div class="confirm" role="group" aria-label="Confirm the refund">
      <span>Give ${amount} back to the wristband's wallet? This cannot be undone.</span>
      <button type="button" ?disabled=${busy} @click=${() => void this.refund(charge.id)}>${busy ? "Refunding…" : `Yes, refund ${amount}`}</button>
      <button type="button" class="secondary" ?disabled=${busy} @click=${this.cancelRefund}>Keep the charge</button>
    </div>`;
  }

  private async askRefund(id: string): Promise<void> {
    this.confirming = id;
    this.refundError = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(".confirm button")?.focus();
  }

  private cancelRefund(): void {
    const id = this.confirming;
    this.confirming = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`li[data-charge="${id}"] button`)?.focus());
  }

  private async refund(id: string): Promise<void> {
    this.refunding = id;
    try {
      await merchantApi().refund(id);
      this.confirming = undefined;
      this.list.run();
    } catch (error) {
      this.refundError = { id, error };
    } finally {
      this.refunding = undefined;
    }
  }

  /** Back online on this page: the queue goes first (the till may not be open), then both lists are read again. */
  private async onConnectivity(online: boolean): Promise<void> {
    if (online) {
      await replayQueuedCharges(this.me.id, merchantApi().chargeBatchUrl()).catch(() => undefined);
      this.list.run();
    }
    await this.loadDevice();
  }

  private goTo(offset: number): void {
    this.offset = Math.max(0, offset);
    this.list.run();
  }

  private async loadDevice(): Promise<void> {
    const [recent, pending] = await Promise.all([recentCharges(this.me.id, 50), chargesIn(this.me.id, "pending")]);
    const byKey = new Map([...recent, ...pending].map((charge) => [charge.request.idempotency_key, charge]));
    this.onDevice = [...byKey.values()].filter((charge) => charge.request.stand_id === this.stand.id).sort((a, b) => b.at - a.at);
  }
}

function itemsText(items: { name: string; quantity: number }[] | null | undefined): string {
  return (items ?? []).map((item) => (item.quantity > 1 ? `${item.quantity} × ${item.name}` : item.name)).join(", ");
}

declare global {
  interface HTMLElementTagNameMap {
    "merchant-charges-page": MerchantChargesPage;
  }
}
