import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { ConnectivityController } from "../offline/connectivity-controller.js";
import { describeError } from "./error-message.js";
import { sharedStyles } from "./shared-styles.js";

/**
 * A failed load or action as a readable alert with a Retry button (fires `retry`). Coming back online while it is
 * shown retries by itself.
 */
@customElement("app-error")
export class AppError extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      div {
        padding: 1rem;
        border-radius: 0.75rem;
        border: 1px solid var(--tessera-border);
        background: var(--tessera-surface);
      }
      p {
        margin: 0 0 0.75rem;
      }
    `,
  ];

  /** What happened, e.g. "Couldn't load the events." */
  @property() heading = "Something went wrong.";
  @property({ attribute: false }) error?: unknown;

  private readonly network = new ConnectivityController(this, (online) => {
    if (online) this.retry();
  });

  override render() {
    return html`<div role="alert">
      <p><strong>${this.heading}</strong> <span class="muted">${describeError(this.error, this.network.online)}</span></p>
      <button type="button" @click=${this.retry}>Retry</button>
    </div>`;
  }

  private retry(): void {
    this.dispatchEvent(new CustomEvent("retry", { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "app-error": AppError;
  }
}
