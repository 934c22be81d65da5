import { consume } from "@lit/context";
import { LitElement, css, html, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import { getSdk } from "../../core/api/sdk.js";
import { LoadController } from "../../core/ui/load-controller.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import "../../core/ui/app-error.js";
import type { SessionState } from "../account/customer-session.js";
import { sessionContext } from "../customer-context.js";
import { listMyTickets, waitForOrderTickets } from "./ticket-api.js";
import { readSavedTickets, saveTickets, type SavedTickets } from "./ticket-cache.js";
import { actionsFor, type TicketExtras } from "./ticket-extras.js";
import { loadTicketExtras } from "./ticket-extras-api.js";
import "./customer-incoming-transfers.js";
import "./customer-ticket-card.js";

/** The list shown, and whether it was read just now (`live`) or is the copy saved on the device. */
type ShownTickets = SavedTickets & { live: boolean };

/**
 * "My tickets" (`/tickets`): tickets offered to the customer, then their own tickets, each with what can be done
 * with it (transfer, refund, people); after checkout (`?order=`) it waits for the new ones.
 */
@customElement("customer-tickets-page")
export class CustomerTicketsPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  @property({ attribute: false }) search = "";

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session?: SessionState;

  private get orderId(): string | undefined {
    return new URLSearchParams(this.search).get("order") ?? undefined;
  }

  /**
   * Online, the list is read and saved on the device; with no answer from the backend, the saved list is shown
   * (with its date), so the QR codes work at a gate without network.
   */
  private readonly tickets = new LoadController<ShownTickets | undefined>(this, async (signal) => {
    this.lastShown = await this.readTickets(signal);
    return this.lastShown;
  });

  /** The list on screen while it is read again after a change, so the page does not flash "Loading". */
  private lastShown?: ShownTickets;

  /** Offers, refund requests and people: only online (without them the cards just show the tickets). */
  private readonly extras = new LoadController<TicketExtras | undefined>(this, (signal) =>
    this.session?.status === "signed-in" ? loadTicketExtras(getSdk(), signal) : Promise.resolve(undefined),
  );

  private async readTickets(signal: AbortSignal): Promise<ShownTickets | undefined> {
    if (this.session?.status !== "signed-in") return undefined;
    const customerId = this.session.customer.id;
    const orderId = this.orderId;
    try {
      const tickets = await (orderId ? waitForOrderTickets(getSdk(), orderId, signal) : listMyTickets(getSdk(), signal));
      await saveTickets(customerId, tickets).catch(() => undefined); // no IndexedDB: still show them
      return { customer_id: customerId, tickets, saved_at: Date.now(), live: true };
    } catch (error) {
      const saved = error instanceof TypeError ? await readSavedTickets(customerId).catch(() => undefined) : undefined;
      if (!saved) throw error;
      return { ...saved, live: false };
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    const signedIn = (session: unknown) => (session as SessionState | undefined)?.status === "signed-in";
    if (changed.has("session") && signedIn(this.session) && !signedIn(changed.get("session"))) this.reload();
  }

  private reload(): void {
    this.tickets.run();
    this.extras.run();
  }

  override render() {
    const session = this.session;
    if (!session || session.status === "unknown") return html`<h1>My tickets</h1><p class="muted" role="status">Loading…</p>`;
    if (session.status === "guest") {
      return html`<h1>My tickets</h1>
        <p><a href="/account/sign-in?next=/tickets">Sign in</a> to see your tickets.</p>`;
    }
    const extras = this.extras.value;
    return html`<h1>My tickets</h1>
      ${extras ? html`<customer-incoming-transfers .transfers=${extras.incoming} @ticket-changed=${this.reload}></customer-incoming-transfers>` : null}
      ${this.tickets.render({
        pending: () =>
          this.lastShown
            ? this.renderTickets(this.lastShown)
            : html`<p class="muted" role="status">${this.orderId ? "Thank you! Issuing your tickets…" : "Loading your tickets…"}</p>`,
        complete: (saved) => this.renderTickets(saved),
        error: (error) =>
          html`<app-error heading="Couldn't load your tickets." .error=${error} @retry=${() => this.tickets.run()}></app-error>`,
      })}`;
  }

  private renderTickets(shown: ShownTickets | undefined) {
    const tickets = shown?.tickets ?? [];
    if (tickets.length === 0) {
      return html`<p>You have no tickets yet. <a href="/">Find an event</a></p>`;
    }
    const offlineNote = !shown || shown.live
      ? null
      : html`<p class="muted" role="status">
          Offline: these are your tickets as saved on this device at ${new Date(shown.saved_at).toLocaleString()}.
        </p>`;
    const extras = shown?.live ? this.extras.value : undefined;
    return html`${offlineNote}<ul class="plain" aria-label="My tickets" @ticket-changed=${this.reload}>
      ${repeat(
        tickets,
        (ticket) => ticket.id,
        (ticket) => html`<li>
          <customer-ticket-card .ticket=${ticket} .actions=${extras ? actionsFor(extras, ticket.id) : undefined}></customer-ticket-card>
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-tickets-page": CustomerTicketsPage;
  }
}
