import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { formatEventTime, formatMoney } from "../../core/ui/format.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import "../favorites/customer-favorite-button.js";
import { eventImage, type EventSummary } from "./event-types.js";

/** One event in the list: image, title (a link to its page), when and where, price from, featured / sold out, a heart. */
@customElement("customer-event-card")
export class CustomerEventCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
      article {
        position: relative;
        height: 100%;
        border-radius: 0.75rem;
        overflow: hidden;
        background: var(--tessera-surface);
        border: 1px solid var(--tessera-border);
      }
      article:focus-within {
        outline: 3px solid var(--tessera-focus);
        outline-offset: 2px;
      }
      img,
      .placeholder {
        display: block;
        width: 100%;
        aspect-ratio: 16 / 9;
        object-fit: cover;
        background: var(--tessera-border);
      }
      .body {
        padding: 0.75rem 0.9rem 0.9rem;
      }
      h2 {
        font-size: 1.1rem;
        margin: 0 0 0.25rem;
      }
      /* the whole card is the link's click target; only the title is in the tab order */
      a {
        color: var(--tessera-text);
        text-decoration: none;
      }
      a::after {
        content: "";
        position: absolute;
        inset: 0;
      }
      a:focus-visible {
        outline: none;
      }
      p {
        margin: 0.15rem 0;
        font-size: 0.95rem;
      }
      customer-favorite-button {
        position: absolute;
        top: 0.5rem;
        right: 0.5rem;
      }
      .badges {
        display: flex;
        gap: 0.4rem;
        margin-bottom: 0.4rem;
      }
      .badge {
        font-size: 0.8rem;
        font-weight: 700;
        padding: 0.1rem 0.5rem;
        border-radius: 999px;
        background: var(--tessera-accent);
        color: var(--tessera-on-accent);
      }
      .badge.sold-out {
        background: var(--tessera-warning-bg);
        color: var(--tessera-warning-text);
      }
    `,
  ];

  @property({ attribute: false }) event?: EventSummary;

  override render() {
    const event = this.event;
    if (!event) return null;
    const image = eventImage(event);
    return html`<article>
      ${image
        ? html`<img src=${image} alt="" loading="lazy" decoding="async" />`
        : html`<div class="placeholder" aria-hidden="true"></div>`}
      <div class="body">
        <div class="badges">
          ${event.is_featured ? html`<span class="badge">Featured</span>` : null}
          ${event.sold_out ? html`<span class="badge sold-out">Sold out</span>` : null}
        </div>
        <h2><a href=${`/events/${encodeURIComponent(event.handle)}`}>${event.title}</a></h2>
        <p>${formatEventTime(event.starts_at, event.timezone)}</p>
        <p class="muted">${event.venue.name}, ${event.venue.city} · ${event.category}</p>
        ${event.min_price ? html`<p>From ${formatMoney(event.min_price)}</p>` : null}
      </div>
      <!-- after the title in the tab order; placed over the image -->
      <customer-favorite-button .eventId=${event.id} .eventTitle=${event.title}></customer-favorite-button>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-event-card": CustomerEventCard;
  }
}
