import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { formatEventTime } from "../../core/ui/format.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import { FormActionController } from "../form-action-controller.js";
import { failureStyles, formMessage } from "../form-failure.js";
import { rowCardStyles } from "../row-styles.js";
import { decideTransfer, type StoreTransfer } from "./transfer-api.js";

/**
 * Tickets offered to the customer (to their email or mobile number) and still open: each with its message and an
 * Accept button. Fires `ticket-changed` (bubbling, composed) once one is accepted: the ticket is theirs now.
 */
@customElement("customer-incoming-transfers")
export class CustomerIncomingTransfers extends LitElement {
  static override styles = [
    sharedStyles,
    rowCardStyles,
    failureStyles,
    css`
      :host {
        display: block;
        margin-bottom: 1.5rem;
      }
      li.row-card {
        border: 2px solid var(--tessera-accent);
      }
      blockquote {
        margin: 0.25rem 0;
        font-style: italic;
      }
    `,
  ];

  @property({ attribute: false }) transfers: readonly StoreTransfer[] = [];
  /** One part per offer: its id. */
  private readonly action = new FormActionController<string>(this);

  override render() {
    const open = this.transfers.filter((transfer) => transfer.status === "pending");
    if (open.length === 0) return null;
    return html`<section aria-labelledby="incoming-heading">
      <h2 id="incoming-heading">Offered to you</h2>
      <ul class="plain" aria-label="Tickets offered to you">
        ${open.map((transfer) => this.renderOffer(transfer))}
      </ul>
    </section>`;
  }

  private renderOffer(transfer: StoreTransfer) {
    const { ticket } = transfer;
    return html`<li class="row-card">
      <div class="what">
        <p><strong>${transfer.kind === "gift" ? "A gift" : "A ticket"}: ${ticket.event.title}</strong></p>
        <p>${ticket.ticket_type.name} · ${formatEventTime(ticket.event.starts_at)}</p>
        ${transfer.message ? html`<blockquote>“${transfer.message}”</blockquote>` : null}
        <p class="muted">Open until ${formatEventTime(transfer.expires_at)}</p>
        ${formMessage(this.action.failureOf(transfer.id))}
      </div>
      <button type="button" ?disabled=${this.action.busy === transfer.id} aria-label=${`Accept ${ticket.event.title}, ${ticket.ticket_type.name}`}
        @click=${() => this.onAccept(transfer.id)}>${this.action.busy === transfer.id ? "Accepting…" : "Accept"}</button>
    </li>`;
  }

  private async onAccept(id: string): Promise<void> {
    const accepted = await this.action.run(id, [], (signal) => decideTransfer(getSdk(), id, "accept", signal).then(() => undefined));
    if (accepted) this.dispatchEvent(new CustomEvent("ticket-changed", { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-incoming-transfers": CustomerIncomingTransfers;
  }
}
