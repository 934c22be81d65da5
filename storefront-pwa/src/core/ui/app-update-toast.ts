import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { ServiceWorkerUpdate } from "../offline/register-service-worker.js";
import { sharedStyles } from "./shared-styles.js";

/** "New version available — Reload": applies a waiting service-worker update when the user asks. */
@customElement("app-update-toast")
export class AppUpdateToast extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: fixed;
        inset-inline: 1rem;
        bottom: 1rem;
        display: flex;
        justify-content: center;
        pointer-events: none;
      }
      div {
        pointer-events: auto;
        display: flex;
        align-items: center;
        gap: 1rem;
        padding: 0.75rem 1rem;
        border-radius: 0.75rem;
        background: var(--tessera-toast-bg);
        color: var(--tessera-toast-text);
        box-shadow: 0 6px 24px rgb(0 0 0 / 0.3);
      }
      button {
        background: var(--tessera-toast-button);
        color: var(--tessera-toast-bg);
      }
    `,
  ];

  @property({ attribute: false }) swUpdate?: ServiceWorkerUpdate;

  override render() {
    if (!this.swUpdate) return null;
    return html`<div role="status">
      <span>New version available</span>
      <button type="button" @click=${this.onReload}>Reload</button>
    </div>`;
  }

  private onReload(): void {
    this.swUpdate?.apply();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "app-update-toast": AppUpdateToast;
  }
}
