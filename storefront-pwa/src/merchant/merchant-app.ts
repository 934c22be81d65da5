import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { keyed } from "lit/directives/keyed.js";
import { ActorAreaController } from "../core/ui/actor-area-controller.js";
import { navigate } from "../core/ui/navigate.js";
import { normalisePath } from "../core/ui/route-match.js";
import { areaNavStyles, formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import "../core/ui/app-not-found.js";
import "./merchant-assign-page.js";
import "./merchant-charge-page.js";
import "./merchant-charges-page.js";
import "./merchant-sign-in.js";
import { chooseStand, currentStand, merchantSession, signOutMerchant, startMerchantSession, type MerchantSessionState } from "./merchant-session.js";

const PAGES: Record<string, { title: string; link: string }> = {
  "/merchant": { title: "Charge · Tessera", link: "Charge" },
  "/merchant/charges": { title: "Recent charges · Tessera", link: "Recent charges" },
  "/merchant/assign": { title: "Assign a wristband · Tessera", link: "Assign a wristband" },
};

/**
 * The merchant area (`/merchant`): sign in (password or SMS code), then the till (charge, receipt), recent charges
 * with refunds, and wristband assignment. Starts offline from the saved token and profile, so a stand keeps
 * charging without a network.
 */
@customElement("merchant-app")
export class MerchantApp extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    areaNavStyles,
    css`
      nav a {
        font-weight: 600;
        padding: 0.5rem 0.25rem;
        text-underline-offset: 0.25em;
      }
      nav a[aria-current="page"] {
        color: var(--tessera-text);
        text-decoration-thickness: 3px;
      }
      .who {
        margin-left: auto;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
    `,
  ];

  @property() pathname = "/merchant";

  private readonly area = new ActorAreaController<MerchantSessionState>(this, merchantSession, startMerchantSession);

  /** The page's path without a trailing slash. */
  private get page(): string {
    return normalisePath(this.pathname);
  }

  protected override willUpdate(): void {
    document.title = PAGES[this.page]?.title ?? "Stand · Tessera";
  }

  override render() {
    return this.area.render({ opening: "Opening the stand…", failed: "The stand did not start." }, () => this.renderPage());
  }

  private renderPage() {
    const session = this.area.session;
    if (session.status !== "signed-in") return html`<merchant-sign-in></merchant-sign-in>`;
    const { me, expired } = session;
    const stand = currentStand(me);
    if (!stand) return html`<p role="alert">${me.name} has no stand yet. Ask the organizer to add one, then sign in again.</p>`;
    if (!PAGES[this.page]) return html`<app-not-found></app-not-found>`;
    const nav = html`<nav aria-label="Stand menu">
      ${Object.entries(PAGES).map(
        ([path, page]) => html`<a href=${path} aria-current=${this.page === path ? "page" : "false"}>${page.link}</a>`,
      )}
      <span class="who">
        ${me.stands.length > 1
          ? html`<label for="stand" class="muted">Stand</label>
              <select id="stand" @change=${this.onStandChange}>
                ${me.stands.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === stand.id}>${candidate.name}</option>`)}
              </select>`
          : html`<span class="muted">${me.name}</span>`}
        <button type="button" class="secondary" @click=${this.signOut}>Sign out</button>
      </span>
    </nav>`;
    // keyed by stand: a till, its snapshot and its list belong to one stand
    switch (this.page) {
      case "/merchant/charges":
        return html`${nav}${keyed(stand.id, html`<merchant-charges-page .me=${me} .stand=${stand}></merchant-charges-page>`)}`;
      case "/merchant/assign":
        return html`${nav}<merchant-assign-page></merchant-assign-page>`;
      default:
        return html`${nav}${keyed(stand.id, html`<merchant-charge-page .me=${me} .stand=${stand} .expired=${expired}></merchant-charge-page>`)}`;
    }
  }

  private onStandChange(event: Event): void {
    chooseStand((event.target as HTMLSelectElement).value);
    this.requestUpdate();
  }

  private async signOut(): Promise<void> {
    await signOutMerchant();
    navigate("/merchant");
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "merchant-app": MerchantApp;
  }
}
