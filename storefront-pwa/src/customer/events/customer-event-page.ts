import { LitElement, css, html, type PropertyValues } from "lit";
import { customElement, property } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { formatEventTime } from "../../core/ui/format.js";
import { LoadController } from "../../core/ui/load-controller.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import "../../core/ui/app-error.js";
import { retrieveEvent } from "./event-api.js";
import { eventImage, type StoreEvent } from "./event-types.js";
import "../favorites/customer-favorite-button.js";
import "./customer-ticket-type-row.js";

/** One event (`/events/:handle`): when, where, description, and its ticket types to buy. */
@customElement("customer-event-page")
export class CustomerEventPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      img {
        display: block;
        width: 100%;
        max-height: 22rem;
        object-fit: cover;
        border-radius: 0.75rem;
      }
      .title {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem 1rem;
      }
      h1 {
        margin-bottom: 0.25rem;
      }
      .facts {
        margin: 0 0 1rem;
      }
    `,
  ];

  @property({ attribute: false }) handle = "";

  private readonly event = new LoadController<StoreEvent>(this, (signal) => retrieveEvent(getSdk(), this.handle, signal));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("handle") && changed.get("handle") !== undefined) this.event.run();
  }

  override render() {
    return html`<p><a href="/">← All events</a></p>
      ${this.event.render({
        pending: () => html`<p class="muted" role="status">Loading the event…</p>`,
        complete: (event) => this.renderEvent(event),
        error: (error) => html`<app-error heading="Couldn't load this event." .error=${error} @retry=${() => this.event.run()}></app-error>`,
      })}`;
  }

  private renderEvent(event: StoreEvent) {
    const image = eventImage(event);
    const venue = event.venue;
    return html`
      ${image ? html`<img src=${image} alt="" />` : null}
      <div class="title">
        <h1>${event.title}</h1>
        <customer-favorite-button labelled .eventId=${event.id} .eventTitle=${event.title}></customer-favorite-button>
      </div>
      <p class="facts">
        ${formatEventTime(event.starts_at, event.timezone)}
        ${event.doors_open_at ? html`· doors ${formatEventTime(event.doors_open_at, event.timezone)}` : null}<br />
        <span class="muted">${[venue.name, venue.address_1, venue.city].filter(Boolean).join(", ")}</span>
      </p>
      ${event.description ? html`<p>${event.description}</p>` : null}
      <h2>Tickets</h2>
      ${event.ticket_types.length
        ? html`<ul class="plain" aria-label="Ticket types">
            ${event.ticket_types.map((type) => html`<li><customer-ticket-type-row .ticketType=${type}></customer-ticket-type-row></li>`)}
          </ul>`
        : html`<p class="muted">No tickets are on sale for this event.</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-event-page": CustomerEventPage;
  }
}
