import { base64UrlToBytes } from "@tessera/credentials/codec";
import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { CredentialWriterController } from "../../core/nfc/credential-writer-controller.js";
import { formatEventTime } from "../../core/ui/format.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import type { StoreTicket } from "./ticket-api.js";
import type { TicketActionsState } from "./ticket-extras.js";
import "./customer-ticket-actions.js";
import "./ticket-qr.js";

/**
 * One ticket: event, type, holder, code, the QR to show at the gate, "Write to my wristband" over NFC, and (when
 * the backend answered) transfer, refund and the people on it.
 */
@customElement("customer-ticket-card")
export class CustomerTicketCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      article {
        display: grid;
        gap: 1rem;
        grid-template-columns: minmax(0, 1fr);
        padding: 1rem;
        border-radius: 0.75rem;
        border: 1px solid var(--tessera-border);
        background: var(--tessera-surface);
      }
      @media (min-width: 40rem) {
        article {
          grid-template-columns: minmax(0, 1fr) 16rem;
        }
      }
      h2 {
        margin: 0 0 0.25rem;
        font-size: 1.15rem;
      }
      p {
        margin: 0.15rem 0;
      }
      .code {
        font-family: ui-monospace, monospace;
        letter-spacing: 0.05em;
      }
      .nfc {
        margin-top: 0.75rem;
      }
    `,
  ];

  @property({ attribute: false }) ticket?: StoreTicket;
  /** Undefined offline: changes need the backend. */
  @property({ attribute: false }) actions?: TicketActionsState;
  @state() private lock = false;

  private readonly writer = new CredentialWriterController(this);

  override render() {
    const ticket = this.ticket;
    if (!ticket) return null;
    const { event } = ticket;
    return html`<article aria-label=${`Ticket ${ticket.code}`}>
      <div>
        <h2>${event.title}</h2>
        <p>${formatEventTime(event.starts_at, event.timezone)}</p>
        ${event.venue ? html`<p class="muted">${event.venue.name}, ${event.venue.city}</p>` : null}
        <p>${ticket.ticket_type.name}${ticket.holder_name ? html` · ${ticket.holder_name}` : null}</p>
        <p class="code">Code ${ticket.code}</p>
        ${!this.actions && ticket.dependents?.length ? html`<p>With ${ticket.dependents.map((person) => person.name).join(", ")}</p>` : null}
        ${ticket.credential ? this.renderNfc() : html`<p role="status"><strong>This ticket is ${ticket.status}.</strong></p>`}
        ${this.actions ? html`<customer-ticket-actions .ticket=${ticket} .state=${this.actions}></customer-ticket-actions>` : null}
      </div>
      ${ticket.credential ? html`<ticket-qr .text=${ticket.credential.qr} label=${`QR code for ticket ${ticket.code}`}></ticket-qr>` : null}
    </article>`;
  }

  private renderNfc() {
    const { status, message } = this.writer;
    if (status === "unsupported") {
      return html`<p class="nfc muted">This phone cannot write wristbands; show the QR code at the entrance.</p>`;
    }
    return html`<div class="nfc">
      <label><input type="checkbox" .checked=${this.lock} @change=${(e: Event) => (this.lock = (e.target as HTMLInputElement).checked)} />
        Lock the wristband after writing (cannot be undone)</label>
      <p>
        ${status === "waiting"
          ? html`<button type="button" class="secondary" @click=${() => this.writer.cancel()}>Cancel</button>`
          : html`<button type="button" @click=${this.onWrite}>Write to my wristband</button>`}
      </p>
      <p role="status" aria-live="polite">
        ${status === "waiting" ? "Hold the wristband against the back of your phone…" : null}
        ${status === "written"
          ? `Written to your wristband${this.writer.result?.readOnly ? " and locked" : ""}.`
          : null}
        ${message ?? null}
      </p>
    </div>`;
  }

  private onWrite(): void {
    const credential = this.ticket?.credential;
    if (credential) void this.writer.write(base64UrlToBytes(credential.nfc), this.lock);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-ticket-card": CustomerTicketCard;
  }
}
