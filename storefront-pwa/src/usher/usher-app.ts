import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ActorAreaController } from "../core/ui/actor-area-controller.js";
import { navigate } from "../core/ui/navigate.js";
import { areaNavStyles, sharedStyles } from "../core/ui/shared-styles.js";
import "../core/ui/app-not-found.js";
import "./usher-sign-in.js";
import "./usher-post-choice.js";
import "./usher-scan-page.js";
import "./usher-scan-log.js";
import "./usher-incident-page.js";
import { savedPost, signOutUsher, startUsherSession, usherSession, type GatePost, type UsherSessionState } from "./usher-session.js";

const TITLES: Record<string, string> = {
  "/usher": "Gate · Tessera",
  "/usher/scan": "Scan · Tessera",
  "/usher/log": "Scan log · Tessera",
  "/usher/incident": "Report an incident · Tessera",
};

/**
 * The usher area (`/usher`): sign in, choose the post (event, gate, direction), then scan; plus the scan log and
 * incident reports. Starts offline from the saved token, profile and post.
 */
@customElement("usher-app")
export class UsherApp extends LitElement {
  static override styles = [
    sharedStyles,
    areaNavStyles,
    css`
      nav .who {
        margin-left: auto;
      }
    `,
  ];

  @property() pathname = "/usher";
  @state() private post?: GatePost = savedPost();

  private readonly area = new ActorAreaController<UsherSessionState>(this, usherSession, startUsherSession, () => (this.post = savedPost()));

  protected override willUpdate(): void {
    document.title = TITLES[this.pathname] ?? "Gate · Tessera";
  }

  override render() {
    return this.area.render({ opening: "Opening the gate…", failed: "The gate did not start." }, () => this.renderPage());
  }

  private renderPage() {
    const session = this.area.session;
    if (session.status !== "signed-in") return html`<usher-sign-in></usher-sign-in>`;
    const post = this.post;
    const event = post && session.me.events.find((candidate) => candidate.id === post.event_id);
    const nav = html`<nav aria-label="Usher menu">
      <a href="/usher/scan">Scan</a><a href="/usher/log">Scan log</a><a href="/usher/incident">Report an incident</a>
      <a href="/usher">Change post</a>
      <span class="who muted">${session.me.usher.name}</span>
      <button type="button" class="secondary" @click=${this.signOut}>Sign out</button>
    </nav>`;
    if (this.pathname === "/usher" || !post || !event) {
      return html`${nav}<usher-post-choice .me=${session.me} .post=${post} @post-chosen=${this.onPostChosen}></usher-post-choice>`;
    }
    switch (this.pathname) {
      case "/usher/scan":
        return html`${nav}<usher-scan-page .post=${post} .event=${event} .expired=${session.expired}></usher-scan-page>`;
      case "/usher/log":
        return html`${nav}<usher-scan-log .post=${post}></usher-scan-log>`;
      case "/usher/incident":
        return html`${nav}<usher-incident-page .post=${post}></usher-incident-page>`;
      default:
        return html`<app-not-found></app-not-found>`;
    }
  }

  private onPostChosen(): void {
    this.post = savedPost();
    navigate("/usher/scan");
  }

  private async signOut(): Promise<void> {
    await signOutUsher();
    navigate("/usher");
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "usher-app": UsherApp;
  }
}
