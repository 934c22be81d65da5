import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import type { UsherMe } from "./usher-api.js";
import { savePost, type GatePost } from "./usher-session.js";

/** Choose the post: one of the assigned events, its gate (when there are several) and entry or exit. */
@customElement("usher-post-choice")
export class UsherPostChoice extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      form {
        display: grid;
        gap: 0.75rem;
        max-width: 28rem;
      }
      fieldset {
        border: 1px solid var(--tessera-border);
        border-radius: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) me?: UsherMe;
  @property({ attribute: false }) post?: GatePost;

  override render() {
    const events = this.me?.events ?? [];
    if (!events.length) return html`<h1>No events yet</h1><p class="muted">You are not assigned to any event. Ask the organizer.</p>`;
    const gates = events.flatMap((event) => event.gates.map((gate) => ({ event, gate })));
    return html`<form @submit=${this.submit}>
      <h1>Your post</h1>
      <label for="event">Event</label>
      <select id="event" name="event">
        ${events.map((event) => html`<option value=${event.id} ?selected=${event.id === this.post?.event_id}>${event.title ?? event.id}</option>`)}
      </select>
      <label for="gate">Gate</label>
      <select id="gate" name="gate">
        <option value="">Any gate I am assigned to</option>
        ${gates.map(({ event, gate }) => html`<option value=${`${event.id}|${gate.id}`} ?selected=${gate.id === this.post?.gate_id}>${gate.name} (${event.title ?? event.id})</option>`)}
      </select>
      <fieldset>
        <legend>Direction</legend>
        <label><input type="radio" name="direction" value="in" ?checked=${this.post?.direction !== "out"} /> Entry</label>
        <label><input type="radio" name="direction" value="out" ?checked=${this.post?.direction === "out"} /> Exit</label>
      </fieldset>
      <button type="submit">Start scanning</button>
    </form>`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const eventId = String(data.get("event"));
    const [gateEvent, gateId] = String(data.get("gate") ?? "").split("|");
    savePost({
      event_id: eventId,
      // a gate of another event than the one chosen is ignored
      gate_id: gateEvent === eventId && gateId ? gateId : undefined,
      direction: data.get("direction") === "out" ? "out" : "in",
    });
    this.dispatchEvent(new CustomEvent("post-chosen", { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "usher-post-choice": UsherPostChoice;
  }
}
