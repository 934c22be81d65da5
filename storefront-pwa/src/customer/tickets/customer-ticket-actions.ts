import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { formatEventTime, formatMoney } from "../../core/ui/format.js";
import { formStyles, sharedStyles } from "../../core/ui/shared-styles.js";
import { attachDependent, detachDependent } from "../dependents/dependent-api.js";
import { FormActionController } from "../form-action-controller.js";
import { failureStyles, fieldMessage, fieldState, formMessage } from "../form-failure.js";
import type { StoreTicket } from "./ticket-api.js";
import type { TicketActionsState } from "./ticket-extras.js";
import { decideTransfer, offerTransfer, requestRefund, type RefundStatus, type TransferOffer } from "./transfer-api.js";

/** Which form a failure belongs to, so it shows in the right place. */
type Part = "transfer" | "refund" | "dependents";

const REFUND_WORDS: Record<RefundStatus, string> = { pending: "pending", approved: "approved", rejected: "declined" };

/**
 * What a customer can do with one ticket besides showing it: give or transfer it (email or mobile number, a
 * message), withdraw a pending offer, ask for a refund and follow its status, and put people on it when its type
 * admits them. Fires `ticket-changed` (bubbling, composed) after each change so the list is read again.
 */
@customElement("customer-ticket-actions")
export class CustomerTicketActions extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    failureStyles,
    css`
      :host {
        display: block;
      }
      section + section,
      details + details,
      section + details,
      details + section {
        margin-top: 0.75rem;
      }
      h3 {
        font-size: 1rem;
        margin: 0 0 0.25rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        color: var(--tessera-link);
        min-height: 44px;
        display: flex;
        align-items: center;
      }
      form {
        display: grid;
        gap: 0.6rem;
        max-width: 28rem;
        margin-top: 0.5rem;
      }
      label {
        display: grid;
        gap: 0.25rem;
      }
      fieldset {
        border: 1px solid var(--tessera-border);
        border-radius: 0.5rem;
        display: flex;
        gap: 1rem;
      }
      fieldset label {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-weight: 400;
      }
      textarea {
        font: inherit;
        padding: 0.4rem 0.6rem;
        border-radius: 0.5rem;
        border: 1px solid var(--tessera-muted);
        background: var(--tessera-bg);
        color: var(--tessera-text);
      }
      p {
        margin: 0.15rem 0;
      }
      ul.people {
        list-style: none;
        padding: 0;
        margin: 0.25rem 0;
        display: grid;
        gap: 0.25rem;
      }
      ul.people li,
      .attach {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) ticket?: StoreTicket;
  @property({ attribute: false }) state?: TicketActionsState;
  @state() private done?: string;

  private readonly action = new FormActionController<Part>(this);

  override render() {
    const ticket = this.ticket;
    const state = this.state;
    if (!ticket || !state) return null;
    return html`${this.renderRefund()} ${this.renderTransfer()} ${ticket.ticket_type.allows_dependents ? this.renderDependents() : null}
      <p role="status" aria-live="polite">${this.done ?? ""}</p>`;
  }

  private renderTransfer() {
    const ticket = this.ticket as StoreTicket;
    const { transfer, refund } = this.state as TicketActionsState;
    if (transfer) {
      const to = transfer.to_email ?? transfer.to_phone;
      return html`<section aria-label="Pending transfer">
        <p><strong>${transfer.kind === "gift" ? "Gift" : "Transfer"} offered to ${to}</strong>, waiting until
          ${formatEventTime(transfer.expires_at)}.</p>
        <button type="button" class="secondary" ?disabled=${this.action.busy === "transfer"} @click=${() => this.onCancelTransfer(transfer.id)}>
          ${this.action.busy === "transfer" ? "Withdrawing…" : "Withdraw the offer"}</button>
        ${formMessage(this.action.failureOf("transfer"))}
      </section>`;
    }
    if (ticket.status !== "valid" || refund?.status === "pending") return null;
    const failure = this.action.failureOf("transfer");
    const id = `transfer-${ticket.id}`;
    const email = fieldState(failure, "to_email", id);
    const phone = fieldState(failure, "to_phone", id);
    const message = fieldState(failure, "message", id);
    return html`<details>
      <summary>Transfer or give this ticket</summary>
      <form @submit=${this.onOffer} aria-label=${`Transfer ticket ${ticket.code}`}>
        <fieldset>
          <legend>This is</legend>
          <label><input type="radio" name="kind" value="transfer" checked /> a transfer</label>
          <label><input type="radio" name="kind" value="gift" /> a gift</label>
        </fieldset>
        <div>
          <label for=${`${id}-email`}>Recipient's email
            <input id=${`${id}-email`} name="to_email" type="email" autocomplete="off"
              aria-invalid=${email.invalid} aria-describedby=${email.describedBy} /></label>
          ${fieldMessage(failure, "to_email", id)}
        </div>
        <div>
          <label for=${`${id}-phone`}>or their mobile number
            <input id=${`${id}-phone`} name="to_phone" type="tel" autocomplete="off" placeholder="+491701234567"
              aria-invalid=${phone.invalid} aria-describedby=${phone.describedBy} /></label>
          ${fieldMessage(failure, "to_phone", id)}
        </div>
        <div>
          <label for=${`${id}-message`}>Message (optional)
            <textarea id=${`${id}-message`} name="message" rows="2" maxlength="500"
              aria-invalid=${message.invalid} aria-describedby=${message.describedBy}></textarea></label>
          ${fieldMessage(failure, "message", id)}
        </div>
        <p class="muted">They have 7 days to accept. Until then the ticket stays yours and you can withdraw the offer.</p>
        ${formMessage(failure)}
        <button type="submit" ?disabled=${this.action.busy === "transfer"}>${this.action.busy === "transfer" ? "Sending…" : "Send the offer"}</button>
      </form>
    </details>`;
  }

  private renderRefund() {
    const ticket = this.ticket as StoreTicket;
    const { transfer, refund, received } = this.state as TicketActionsState;
    if (refund) {
      const amount = refund.amount !== null && refund.currency_code ? ` · ${formatMoney({ amount: refund.amount, currency_code: refund.currency_code })}` : "";
      return html`<section aria-label="Refund request">
        <p><strong>Refund request: ${REFUND_WORDS[refund.status] ?? refund.status}</strong>${amount}</p>
        <p class="muted">Asked ${formatEventTime(refund.created_at)}${refund.decision_note ? html` · ${refund.decision_note}` : null}</p>
      </section>`;
    }
    if (ticket.status !== "valid" || transfer || received) return null;
    const failure = this.action.failureOf("refund");
    const id = `refund-${ticket.id}`;
    const reason = fieldState(failure, "reason", id);
    return html`<details>
      <summary>Ask for a refund</summary>
      <form @submit=${this.onRefund} aria-label=${`Refund ticket ${ticket.code}`}>
        <div>
          <label for=${`${id}-reason`}>Why (optional)
            <textarea id=${`${id}-reason`} name="reason" rows="2" maxlength="1000"
              aria-invalid=${reason.invalid} aria-describedby=${reason.describedBy}></textarea></label>
          ${fieldMessage(failure, "reason", id)}
        </div>
        <p class="muted">The organiser decides; the ticket stays valid until then.</p>
        ${formMessage(failure)}
        <button type="submit" ?disabled=${this.action.busy === "refund"}>${this.action.busy === "refund" ? "Sending…" : "Request a refund"}</button>
      </form>
    </details>`;
  }

  private renderDependents() {
    const ticket = this.ticket as StoreTicket;
    const attached = ticket.dependents ?? [];
    const max = ticket.ticket_type.max_dependents ?? 0;
    const others = (this.state as TicketActionsState).dependents.filter((person) => !attached.some((on) => on.id === person.id));
    const failure = this.action.failureOf("dependents");
    const selectId = `attach-${ticket.id}`;
    const select = fieldState(failure, "dependent_id", selectId);
    return html`<section aria-label="People on this ticket">
      <h3>People with you on this ticket (${attached.length} of ${max})</h3>
      ${attached.length
        ? html`<ul class="people">
            ${attached.map(
              (person) => html`<li>${person.name}
                <button type="button" class="secondary" aria-label=${`Take ${person.name} off this ticket`} ?disabled=${this.action.busy === "dependents"}
                  @click=${() => this.onDetach(person.id)}>Take off</button></li>`,
            )}
          </ul>`
        : null}
      ${ticket.status === "valid" && attached.length < max
        ? others.length
          ? html`<div class="attach">
              <label for=${selectId}>Add
                <select id=${selectId} aria-invalid=${select.invalid} aria-describedby=${select.describedBy}>
                  ${others.map((person) => html`<option value=${person.id}>${person.name}</option>`)}
                </select></label>
              <button type="button" ?disabled=${this.action.busy === "dependents"} @click=${this.onAttach}>Add to ticket</button>
            </div>
            ${fieldMessage(failure, "dependent_id", selectId)}`
          : html`<p class="muted">Add the people who come with you under <a href="/dependents">People with me</a>.</p>`
        : null}
      ${formMessage(failure)}
    </section>`;
  }

  /** Runs one change; success tells the list to read again. */
  private async run(part: Part, fields: readonly string[], work: (signal: AbortSignal) => Promise<string>): Promise<boolean> {
    this.done = undefined;
    const ok = await this.action.run(part, fields, async (signal) => {
      this.done = await work(signal);
    });
    if (ok) this.dispatchEvent(new CustomEvent("ticket-changed", { bubbles: true, composed: true }));
    return ok;
  }

  private async onOffer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim() || undefined;
    const offer: TransferOffer = {
      kind: data.get("kind") === "gift" ? "gift" : "transfer",
      to_email: text("to_email"),
      to_phone: text("to_phone"),
      message: text("message"),
    };
    const ticket = this.ticket as StoreTicket;
    if (!offer.to_email === !offer.to_phone) {
      // the backend refuses this too, in words meant for developers
      this.action.fail("transfer", { field: "to_email", text: "Enter their email or their mobile number, one of the two." });
      return;
    }
    await this.run("transfer", ["to_email", "to_phone", "message"], async (signal) => {
      const transfer = await offerTransfer(getSdk(), ticket.id, offer, signal);
      return `Offer sent to ${transfer.to_email ?? transfer.to_phone}.`;
    });
  }

  private onCancelTransfer(transferId: string): Promise<boolean> {
    return this.run("transfer", [], async (signal) => {
      await decideTransfer(getSdk(), transferId, "cancel", signal);
      return "Offer withdrawn. The ticket stays yours.";
    });
  }

  private onRefund(event: SubmitEvent): Promise<boolean> {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget as HTMLFormElement).get("reason") ?? "").trim() || undefined;
    const ticket = this.ticket as StoreTicket;
    return this.run("refund", ["reason"], async (signal) => {
      await requestRefund(getSdk(), ticket.id, reason, signal);
      return "Refund requested.";
    });
  }

  private onAttach(): Promise<boolean> {
    const ticket = this.ticket as StoreTicket;
    const select = this.renderRoot.querySelector<HTMLSelectElement>(`#attach-${CSS.escape(ticket.id)}`);
    const dependentId = select?.value;
    if (!dependentId) return Promise.resolve(false);
    return this.run("dependents", ["dependent_id"], async (signal) => {
      await attachDependent(getSdk(), ticket.id, dependentId, signal);
      return "Added to the ticket.";
    });
  }

  private onDetach(dependentId: string): Promise<boolean> {
    const ticket = this.ticket as StoreTicket;
    return this.run("dependents", ["dependent_id"], async (signal) => {
      await detachDependent(getSdk(), ticket.id, dependentId, signal);
      return "Taken off the ticket.";
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-ticket-actions": CustomerTicketActions;
  }
  interface HTMLElementEventMap {
    "ticket-changed": CustomEvent<void>;
  }
}
