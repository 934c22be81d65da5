import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { ChargeSyncMessage } from "../core/offline/charge-sync.js";
import type { ChargeLastSync, StandSnapshot } from "../core/offline/stand-db.js";
import { sharedStyles } from "../core/ui/shared-styles.js";
import { syncProgress } from "../core/ui/sync-progress.js";
import { time } from "./charge-words.js";
import { standStyles } from "./merchant-styles.js";

/**
 * The stand's offline state: charges queued on the device, the last sync and the replay's progress; the offline
 * data (cards, keys, block list) with its age and an "Update offline data" button (fires `update-snapshot`).
 */
@customElement("merchant-sync-status")
export class MerchantSyncStatus extends LitElement {
  static override styles = [
    sharedStyles,
    standStyles,
    css`
      :host {
        display: grid;
        gap: 0.75rem;
      }
      p {
        margin: 0.25rem 0 0;
      }
    `,
  ];

  @property({ type: Number }) queued = 0;
  @property({ attribute: false }) last?: ChargeLastSync;
  @property({ attribute: false }) sync?: ChargeSyncMessage;
  @property({ attribute: false }) snapshot?: StandSnapshot;
  @property({ type: Boolean }) downloading = false;
  @property({ attribute: false }) snapshotError?: unknown;

  override render() {
    return html`${this.renderQueue()} ${this.renderSnapshot()}`;
  }

  private renderQueue() {
    const { queued, last, sync } = this;
    return html`<section class="panel" aria-label="Sync">
      <div class="bar">
        <span id="queue-size">Queued charges: <strong>${queued}</strong></span>
        <span id="last-sync" class="muted">${last ? `Last sync ${time(last.at)}: ${last.sent} sent, ${last.rejected} refused` : "Not synced yet"}</span>
      </div>
      ${syncProgress(sync, "charges")}
      ${sync?.rejected ? html`<p role="alert">${sync.rejected} queued charges were refused by the server: see Recent charges.</p>` : null}
    </section>`;
  }

  private renderSnapshot() {
    const { snapshot, downloading, snapshotError } = this;
    return html`<section class="panel" aria-label="Offline data">
      <div class="bar">
        <span id="snapshot-status">${snapshot ? `Offline data: ${snapshot.card_count} wristbands, updated ${time(snapshot.synced_at)}` : "No offline data yet"}</span>
        <button type="button" class="secondary" ?disabled=${downloading} @click=${this.requestSnapshot}>${downloading ? "Updating…" : "Update offline data"}</button>
      </div>
      ${downloading ? html`<progress aria-label="Downloading offline data"></progress>` : null}
      ${snapshotError
        ? html`<p role="alert">The offline data did not update${snapshot ? "; the saved copy is used" : ""}. <button type="button" class="secondary" @click=${this.requestSnapshot}>Retry</button></p>`
        : null}
    </section>`;
  }

  private requestSnapshot(): void {
    this.dispatchEvent(new CustomEvent("update-snapshot", { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "merchant-sync-status": MerchantSyncStatus;
  }
}
