import encodeQR from "qr";
import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";

const QUIET_ZONE = 4;

/** SVG path data for the dark modules, one unit square each (one <path> keeps the DOM small). */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  let path = "";
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }),
  );
  return path;
}

/**
 * A QR code of `text` (a ticket's `TS1:` credential), drawn as SVG: crisp at any size, printable. Always dark on
 * white with a quiet zone, also in dark mode, because scanners expect it.
 */
@customElement("ticket-qr")
export class TicketQr extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 100%;
      max-width: 18rem;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      background: #ffffff;
      border-radius: 0.5rem;
    }
  `;

  @property() text = "";
  /** Read by screen readers, e.g. "QR code for ticket ABC-123". */
  @property() label = "QR code";

  override render() {
    if (!this.text) return null;
    const matrix = encodeQR(this.text, "raw", { ecc: "medium" });
    const size = matrix.length + QUIET_ZONE * 2;
    return html`<svg viewBox="0 0 ${size} ${size}" role="img" aria-label=${this.label} shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"><rect width=${size} height=${size} fill="#ffffff"/><path d=${qrPath(matrix)} fill="#000000"/></svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "ticket-qr": TicketQr;
  }
}
