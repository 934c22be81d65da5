import { consume } from "@lit/context";
import { LitElement, css, html, type PropertyValues } from "lit";
import { customElement, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { LoadController } from "../../core/ui/load-controller.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import "../../core/ui/app-error.js";
import type { SessionState } from "../account/customer-session.js";
import { sessionContext } from "../customer-context.js";
import "../events/customer-event-card.js";
import { favoriteIds, listFavorites, type StoreFavorite } from "./favorite-store.js";

/** "Favorites" (`/favorites`): the events the customer marked with a heart; un-hearting one takes it off the list. */
@customElement("customer-favorites-page")
export class CustomerFavoritesPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .cards {
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session?: SessionState;

  @state() private ids = favoriteIds.value;
  private unsubscribe?: () => void;

  private readonly favorites = new LoadController<StoreFavorite[]>(this, (signal) =>
    this.session?.status === "signed-in" ? listFavorites(getSdk(), signal) : Promise.resolve([]),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = favoriteIds.subscribe((ids) => (this.ids = ids));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const signedIn = (session: unknown) => (session as SessionState | undefined)?.status === "signed-in";
    if (changed.has("session") && signedIn(this.session) && !signedIn(changed.get("session"))) this.favorites.run();
  }

  override render() {
    const session = this.session;
    if (!session || session.status === "unknown") return html`<h1>Favorites</h1><p class="muted" role="status">Loading…</p>`;
    if (session.status === "guest") {
      return html`<h1>Favorites</h1>
        <p><a href="/account/sign-in?next=/favorites">Sign in</a> to see the events you saved.</p>`;
    }
    return html`<h1>Favorites</h1>
      ${this.favorites.render({
        pending: () => html`<p class="muted" role="status">Loading your favorites…</p>`,
        complete: (favorites) => this.renderFavorites(favorites),
        error: (error) =>
          html`<app-error heading="Couldn't load your favorites." .error=${error} @retry=${() => this.favorites.run()}></app-error>`,
      })}`;
  }

  private renderFavorites(favorites: StoreFavorite[]) {
    const shown = favorites.filter((favorite) => favorite.event && (this.ids?.has(favorite.event_id) ?? true));
    if (shown.length === 0) {
      return html`<p>No favorites yet. Tap the heart on an event to keep it here. <a href="/">Find an event</a></p>`;
    }
    return html`<ul class="plain cards" aria-label="Favorite events">
      ${shown.map((favorite) => html`<li><customer-event-card .event=${favorite.event}></customer-event-card></li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-favorites-page": CustomerFavoritesPage;
  }
}
