import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { formStyles, sharedStyles } from "../../core/ui/shared-styles.js";
import type { EventFilters } from "./event-filters.js";

export type FiltersChangeEvent = CustomEvent<EventFilters>;

/**
 * Search, category, date range and "featured only". Fires `filters-change` (bubbling, composed) with the new filters
 * (back to page 1) when the form is submitted or a select/checkbox changes.
 */
@customElement("customer-event-filters")
export class CustomerEventFilters extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem 1rem;
        margin-bottom: 1.25rem;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
        font-size: 0.9rem;
      }
      label.check {
        flex-direction: row;
        align-items: center;
        min-height: 44px;
      }
      input[type="search"] {
        min-width: min(100%, 16rem);
      }
    `,
  ];

  @property({ attribute: false }) filters: EventFilters = { page: 1 };
  @property({ attribute: false }) categories: readonly string[] = [];

  override render() {
    const { q = "", category = "", from = "", to = "", featured = false } = this.filters;
    return html`<form role="search" aria-label="Find events" @submit=${this.onSubmit} @change=${this.onChange}>
      <label>Search <input type="search" name="q" .value=${q} placeholder="Artist, venue…" /></label>
      <label
        >Category
        <select name="category">
          <option value="" ?selected=${!category}>All categories</option>
          ${this.categories.map((name) => html`<option value=${name} ?selected=${name === category}>${name}</option>`)}
        </select>
      </label>
      <label>From <input type="date" name="from" .value=${from} /></label>
      <label>To <input type="date" name="to" .value=${to} /></label>
      <label class="check"><input type="checkbox" name="featured" .checked=${featured} /> Featured only</label>
      <button type="submit">Search</button>
    </form>`;
  }

  private read(form: HTMLFormElement): EventFilters {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim() || undefined;
    return { q: text("q"), category: text("category"), from: text("from"), to: text("to"), featured: data.has("featured") || undefined, page: 1 };
  }

  private emit(form: HTMLFormElement): void {
    this.dispatchEvent(new CustomEvent("filters-change", { detail: this.read(form), bubbles: true, composed: true }));
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.emit(event.currentTarget as HTMLFormElement);
  }

  /** Selects, dates and the checkbox apply at once; the search box waits for Enter or the button. */
  private onChange(event: Event): void {
    if ((event.target as HTMLInputElement).name !== "q") this.emit(event.currentTarget as HTMLFormElement);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-event-filters": CustomerEventFilters;
  }
  interface HTMLElementEventMap {
    "filters-change": FiltersChangeEvent;
  }
}
