import { LitElement, css, html } from "lit";
import { customElement } from "lit/decorators.js";
import { ConnectivityController } from "../offline/connectivity-controller.js";

/** A small "Online" / "Offline" badge, announced politely to screen readers when it changes. */
@customElement("app-online-status")
export class AppOnlineStatus extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
    }
    span {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      padding: 0.2rem 0.6rem;
      border-radius: 999px;
      font-size: 0.875rem;
      font-weight: 600;
      color: var(--tessera-muted);
    }
    span::before {
      content: "";
      width: 0.6rem;
      height: 0.6rem;
      border-radius: 50%;
      background: var(--tessera-online);
    }
    .offline {
      background: var(--tessera-warning-bg);
      color: var(--tessera-warning-text);
    }
    .offline::before {
      background: currentColor;
    }
  `;

  private readonly network = new ConnectivityController(this);

  override render() {
    const online = this.network.online;
    return html`<span role="status" class=${online ? "online" : "offline"} data-online=${online}>
      ${online ? "Online" : "Offline"}
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "app-online-status": AppOnlineStatus;
  }
}
