import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ConnectivityController } from "../core/offline/connectivity-controller.js";
import { describeError } from "../core/ui/error-message.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import { INCIDENT_TYPES, type IncidentType } from "./usher-api.js";
import { usherApi, type GatePost } from "./usher-session.js";

const LABELS: Record<IncidentType, string> = {
  medical: "Medical",
  security: "Security",
  fraud: "Fraud (fake or copied ticket)",
  lost_item: "Lost item",
  other: "Other",
};

/** Report an incident at the gate (POST /usher/incidents). */
@customElement("usher-incident-page")
export class UsherIncidentPage extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      form {
        display: grid;
        gap: 0.75rem;
        max-width: 32rem;
      }
      textarea {
        font: inherit;
        min-height: 8rem;
        padding: 0.5rem;
        border-radius: 0.5rem;
        border: 1px solid var(--tessera-muted);
        background: var(--tessera-bg);
        color: var(--tessera-text);
      }
    `,
  ];

  @property({ attribute: false }) post!: GatePost;
  @state() private busy = false;
  @state() private sent = false;
  @state() private error?: unknown;

  private readonly network = new ConnectivityController(this);

  override render() {
    return html`<form @submit=${this.submit}>
      <h1>Report an incident</h1>
      <label for="type">What happened</label>
      <select id="type" name="type">
        ${INCIDENT_TYPES.map((type) => html`<option value=${type}>${LABELS[type]}</option>`)}
      </select>
      <label for="note">Details</label>
      <textarea id="note" name="note" required maxlength="4000"></textarea>
      <label for="ticket">Ticket id (optional)</label>
      <input id="ticket" name="ticket" autocomplete="off" />
      ${this.error ? html`<p role="alert">${describeError(this.error, this.network.online)}</p>` : null}
      ${this.sent ? html`<p role="status">Incident reported.</p>` : null}
      <button type="submit" ?disabled=${this.busy}>${this.busy ? "Sending…" : "Report"}</button>
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const ticket = String(data.get("ticket") ?? "").trim();
    this.busy = true;
    this.error = undefined;
    this.sent = false;
    try {
      await usherApi().reportIncident({
        event_id: this.post.event_id,
        type: String(data.get("type")) as IncidentType,
        note: String(data.get("note")),
        ...(ticket ? { ticket_id: ticket } : {}),
      });
      this.sent = true;
      form.reset();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "usher-incident-page": UsherIncidentPage;
  }
}
