import { consume } from "@lit/context";
import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { navigate } from "../../core/ui/navigate.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import type { SessionState } from "../account/customer-session.js";
import { sessionContext } from "../customer-context.js";
import { FormActionController } from "../form-action-controller.js";
import { failureStyles, formMessage } from "../form-failure.js";
import { acceptTransferByToken } from "./transfer-api.js";

/**
 * The link a transfer's recipient is sent (`/transfers/accept?token=…`): sign in (or create an account), then
 * accept; the ticket is theirs and shows under "My tickets". The token leaves the address bar once used.
 */
@customElement("customer-accept-transfer-page")
export class CustomerAcceptTransferPage extends LitElement {
  static override styles = [
    sharedStyles,
    failureStyles,
    css`
      :host {
        display: block;
        max-width: 32rem;
      }
    `,
  ];

  @property({ attribute: false }) search = "";

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session?: SessionState;

  private readonly action = new FormActionController<"accept">(this);

  private get token(): string {
    return new URLSearchParams(this.search).get("token") ?? "";
  }

  override render() {
    const session = this.session;
    const back = encodeURIComponent(`/transfers/accept${this.search}`);
    if (!this.token) return html`<h1>A ticket for you</h1><p>This link is incomplete. Open it again from the message you were sent.</p>`;
    if (!session || session.status === "unknown") return html`<h1>A ticket for you</h1><p class="muted" role="status">Loading…</p>`;
    if (session.status === "guest") {
      return html`<h1>A ticket for you</h1>
        <p>Someone sent you a ticket. <a href=${`/account/sign-in?next=${back}`}>Sign in</a> or
          <a href=${`/account/register?next=${back}`}>create an account</a> to accept it.</p>`;
    }
    const busy = this.action.busy === "accept";
    return html`<h1>A ticket for you</h1>
      <p>Someone sent you a ticket. Accept it and it is yours, under <a href="/tickets">My tickets</a>.</p>
      ${formMessage(this.action.failureOf("accept"))}
      <button type="button" ?disabled=${busy} @click=${this.onAccept}>${busy ? "Accepting…" : "Accept the ticket"}</button>`;
  }

  private async onAccept(): Promise<void> {
    const accepted = await this.action.run("accept", [], (signal) => acceptTransferByToken(getSdk(), this.token, signal).then(() => undefined));
    if (accepted) navigate("/tickets", { replace: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-accept-transfer-page": CustomerAcceptTransferPage;
  }
}
