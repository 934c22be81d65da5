import { consume } from "@lit/context";
import { LitElement, css, html, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { ConnectivityController } from "../../core/offline/connectivity-controller.js";
import { describeError } from "../../core/ui/error-message.js";
import { navigate } from "../../core/ui/navigate.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import type { SessionState } from "../account/customer-session.js";
import { sessionContext } from "../customer-context.js";
import { favoriteIds, loadFavoriteIds, setFavorite } from "./favorite-store.js";

/**
 * The heart on an event: a toggle button (`aria-pressed`) that adds the event to the customer's favorites or takes
 * it out. A guest is sent to sign in and comes back here.
 */
@customElement("customer-favorite-button")
export class CustomerFavoriteButton extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
        /* above a card's full-size link overlay */
        position: relative;
        z-index: 1;
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        min-width: 44px;
        padding: 0.4rem 0.7rem;
        background: var(--tessera-surface);
        color: var(--tessera-text);
        border: 1px solid var(--tessera-border);
      }
      button[aria-pressed="true"] .heart {
        color: var(--tessera-link);
      }
      .heart {
        font-size: 1.25rem;
        line-height: 1;
      }
      .failure {
        position: absolute;
        right: 0;
        top: 100%;
        width: max-content;
        max-width: 16rem;
        margin: 0.25rem 0 0;
        padding: 0.4rem 0.6rem;
        border-radius: 0.5rem;
        background: var(--tessera-surface);
        border: 1px solid var(--tessera-border);
        font-size: 0.9rem;
      }
    `,
  ];

  @property({ attribute: false }) eventId = "";
  /** Read out with the button: "Favorite Tessera Summer Night". */
  @property({ attribute: false }) eventTitle = "";
  /** Shows "Favorite" / "Favorited" beside the heart (the event page); cards show the heart alone. */
  @property({ type: Boolean }) labelled = false;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session?: SessionState;

  @state() private ids = favoriteIds.value;
  @state() private busy = false;
  @state() private failure?: string;

  private readonly network = new ConnectivityController(this);
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = favoriteIds.subscribe((ids) => (this.ids = ids));
    this.ids = favoriteIds.value;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("session") && this.session?.status === "signed-in") loadFavoriteIds(getSdk());
  }

  override render() {
    const pressed = this.ids?.has(this.eventId) ?? false;
    return html`<button type="button" aria-pressed=${pressed ? "true" : "false"} aria-label=${`Favorite ${this.eventTitle}`}
        ?disabled=${this.busy} @click=${this.onToggle}>
        <span class="heart" aria-hidden="true">${pressed ? "♥" : "♡"}</span>
        ${this.labelled ? html`<span>${pressed ? "Favorited" : "Favorite"}</span>` : null}
      </button>
      ${this.failure ? html`<p class="failure" role="alert">${this.failure}</p>` : null}`;
  }

  private async onToggle(event: Event): Promise<void> {
    event.preventDefault();
    if (this.session?.status !== "signed-in") {
      navigate(`/account/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`);
      return;
    }
    this.busy = true;
    this.failure = undefined;
    try {
      await setFavorite(getSdk(), this.eventId, !this.ids?.has(this.eventId), new AbortController().signal);
    } catch (error) {
      this.failure = describeError(error, this.network.online);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-favorite-button": CustomerFavoriteButton;
  }
}
