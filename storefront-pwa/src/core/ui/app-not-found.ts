import { LitElement, css, html } from "lit";
import { customElement } from "lit/decorators.js";
import { sharedStyles } from "./shared-styles.js";

/** Shown for any path the router does not know (including role areas not built yet). */
@customElement("app-not-found")
export class AppNotFound extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      a {
        color: var(--tessera-link);
      }
    `,
  ];

  override render() {
    return html`
      <h1>Page not found</h1>
      <p class="muted">There is nothing at this address.</p>
      <p><a href="/">Go to the home page</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "app-not-found": AppNotFound;
  }
}
