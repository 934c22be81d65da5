import { LitElement, css, html, type PropertyValues } from "lit";
import { customElement, property } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { LoadController } from "../../core/ui/load-controller.js";
import { navigate } from "../../core/ui/navigate.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import "../../core/ui/app-error.js";
import { listCategories, listEvents } from "./event-api.js";
import { EVENT_PAGE_SIZE, filtersFromSearch, searchFromFilters, type EventFilters } from "./event-filters.js";
import type { EventPage } from "./event-types.js";
import "./customer-event-card.js";
import "./customer-event-filters.js";

/** The customer home (`/`): events with search, category, dates, featured, and pages; all of it in the URL. */
@customElement("customer-events-page")
export class CustomerEventsPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .cards {
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      }
      nav a {
        font-weight: 600;
        padding: 0.5rem;
      }
      .state {
        padding: 2rem 1rem;
        text-align: center;
      }
      nav {
        display: flex;
        justify-content: center;
        align-items: center;
        gap: 1rem;
        margin-top: 1.5rem;
      }
    `,
  ];

  /** `location.search` of the page (the filters). */
  @property({ attribute: false }) search = "";

  private get filters(): EventFilters {
    return filtersFromSearch(this.search);
  }

  private readonly categories = new LoadController<string[]>(this, (signal) => listCategories(getSdk(), signal).catch(() => []));
  private readonly events = new LoadController<EventPage>(this, (signal) => listEvents(getSdk(), this.filters, signal));

  protected override willUpdate(changed: PropertyValues<this>): void {
    // the first load starts on connect; later changes of the URL reload
    if (changed.has("search") && changed.get("search") !== undefined) this.events.run();
  }

  override render() {
    const categories = this.categories.render({ pending: () => [], complete: (names) => names, error: () => [] });
    return html`
      <h1>Events and tickets</h1>
      <customer-event-filters
        .filters=${this.filters}
        .categories=${categories}
        @filters-change=${(event: CustomEvent<EventFilters>) => navigate(`/${searchFromFilters(event.detail)}`)}
      ></customer-event-filters>
      ${this.events.render({
        pending: () => html`<p class="state muted" role="status">Loading events…</p>`,
        complete: (page) => this.renderPage(page),
        error: (error) =>
          html`<app-error heading="Couldn't load the events." .error=${error} @retry=${() => this.events.run()}></app-error>`,
      })}
    `;
  }

  private renderPage({ events, count }: EventPage) {
    if (events.length === 0) {
      return html`<p class="state muted" role="status">No events match. Try other filters.</p>`;
    }
    const { page } = this.filters;
    const pages = Math.max(1, Math.ceil(count / EVENT_PAGE_SIZE));
    const pageLink = (to: number, text: string, rel: string) =>
      html`<a href=${`/${searchFromFilters({ ...this.filters, page: to })}`} rel=${rel}>${text}</a>`;
    return html`
      <p class="muted" role="status">${count === 1 ? "1 event" : `${count} events`}</p>
      <ul class="plain cards" aria-label="Events">
        ${events.map((event) => html`<li><customer-event-card .event=${event}></customer-event-card></li>`)}
      </ul>
      ${pages > 1
        ? html`<nav aria-label="Pages">
            ${page > 1 ? pageLink(page - 1, "← Previous", "prev") : null}
            <span>Page ${page} of ${pages}</span>
            ${page < pages ? pageLink(page + 1, "Next →", "next") : null}
          </nav>`
        : null}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-events-page": CustomerEventsPage;
  }
}
