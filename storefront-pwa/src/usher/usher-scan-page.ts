import { LitElement, css, html } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import type { SyncState } from "../core/offline/gate-db.js";
import { CodeFormatError, CredentialReaderController } from "../core/nfc/index.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import { GateController } from "./gate-controller.js";
import type { AssignedEvent } from "./usher-api.js";
import type { GatePost } from "./usher-session.js";
import { reasonText, verdictHeadline } from "./verdict-words.js";
import "./usher-sign-in.js";
import "./usher-verdict.js";

const SYNC_WORDS: Record<SyncState, string> = {
  online: "sent",
  pending: "queued",
  synced: "sent",
  conflict: "conflict",
  refused: "refused by the server",
  device: "kept on this device",
};

const time = (at: number) => new Date(at).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/**
 * The scan screen: NFC first (Web NFC or the simulation; a wedge reader always listens), the camera QR and manual
 * entry as fallbacks; the verdict; the offline data and the queue (size, last sync, progress, conflicts).
 */
@customElement("usher-scan-page")
export class UsherScanPage extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
      }
      h1 {
        margin: 0;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
      .panel {
        padding: 0.75rem 1rem;
        border: 1px solid var(--tessera-border);
        border-radius: 0.75rem;
        background: var(--tessera-surface);
      }
      progress {
        width: 100%;
        height: 1rem;
      }
      video {
        width: 100%;
        max-width: 24rem;
        border-radius: 0.5rem;
      }
      form {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      form input {
        flex: 1;
        min-width: 12rem;
      }
      ul {
        margin: 0.25rem 0 0;
        padding-left: 1.25rem;
      }
    `,
  ];

  @property({ attribute: false }) post!: GatePost;
  @property({ attribute: false }) event?: AssignedEvent;
  /** The server refused the token: ask for a new sign-in to release the queue. */
  @property({ type: Boolean }) expired = false;

  @state() private manualError?: string;
  @state() private cameraOn = false;
  @query("video") private video?: HTMLVideoElement;

  private gate!: GateController;
  private readonly reader = new CredentialReaderController(this, { onRead: (read) => void this.gate.handleRead(read) });

  override connectedCallback(): void {
    this.gate ??= new GateController(this, this.post);
    super.connectedCallback();
  }

  override render() {
    const gate = this.gate;
    const gateName = this.event?.gates.find((candidate) => candidate.id === this.post.gate_id)?.name;
    return html`
      <div class="bar">
        <h1>${this.post.direction === "out" ? "Exit" : "Entry"}${gateName ? ` · ${gateName}` : ""}</h1>
        <span class="muted">${this.event?.title ?? this.post.event_id}</span>
      </div>
      ${this.expired ? this.renderExpired() : null}
      <usher-verdict .verdict=${gate.verdict}></usher-verdict>
      ${this.renderReaders()} ${this.renderQueue()} ${this.renderSnapshot()} ${this.renderRecent()}
    `;
  }

  private renderExpired() {
    return html`<div class="panel" role="alert">
      <p><strong>Your sign-in expired.</strong> Scanning goes on; ${this.gate.queued} queued scans wait on this device until you sign in again.</p>
      <usher-sign-in heading="Sign in again" @signed-in=${() => void this.gate.replay()}></usher-sign-in>
    </div>`;
  }

  private renderReaders() {
    const { nfcStatus, cameraStatus, message } = this.reader;
    return html`<section class="panel" aria-label="Readers">
      <div class="bar">
        <span>NFC: <strong id="nfc-status">${nfcStatus === "listening" ? "ready, tap a wristband" : nfcStatus}</strong></span>
        ${nfcStatus === "idle" || nfcStatus === "failed" || nfcStatus === "not-permitted"
          ? html`<button type="button" @click=${() => void this.reader.startNfc()}>Start NFC</button>`
          : null}
        <button type="button" class="secondary" @click=${this.toggleCamera}>${this.cameraOn ? "Stop camera" : "Scan a QR code"}</button>
        ${cameraStatus !== "idle" ? html`<span class="muted">Camera: ${cameraStatus}</span>` : null}
      </div>
      ${message ? html`<p role="alert">${message}</p>` : null}
      ${this.cameraOn ? html`<video muted playsinline aria-label="Camera viewfinder"></video>` : null}
      <form @submit=${this.submitManual} aria-label="Manual entry">
        <input id="code" name="code" autocomplete="off" placeholder="Type or paste the ticket code" aria-label="Ticket code" />
        <button type="submit" class="secondary">Check code</button>
      </form>
      ${this.manualError ? html`<p role="alert">${this.manualError}</p>` : null}
    </section>`;
  }

  private renderQueue() {
    const { queued, last, sync, conflicts } = this.gate;
    const sending = sync?.phase === "progress";
    return html`<section class="panel" aria-label="Sync">
      <div class="bar">
        <span id="queue-size">Queued scans: <strong>${queued}</strong></span>
        <span id="last-sync">${last ? `Last sync ${time(last.at)}: ${last.sent} sent, ${last.conflicts} conflicts` : "Not synced yet"}</span>
      </div>
      ${sync
        ? html`<label id="sync-progress"
            >${sending ? "Sending queued scans" : sync.phase === "done" ? "Sent" : sync.phase === "auth" ? "Waiting for sign-in" : "Waiting for the network"}:
            ${sync.done} of ${sync.total}
            <progress max=${sync.total} .value=${sync.done}></progress
          ></label>`
        : null}
      ${conflicts.length
        ? html`<div role="alert">
            <strong>Conflicts after sync (${conflicts.length})</strong>
            <ul aria-label="Conflicts">
              ${conflicts.map(
                (scan) =>
                  html`<li>${scan.verdict.attendee?.name ?? "Unknown"} (${scan.verdict.attendee?.code ?? scan.request.id}): admitted here at
                    ${time(Date.parse(scan.request.scanned_at))}, but already admitted elsewhere. The organizer resolves it.</li>`,
              )}
            </ul>
          </div>`
        : null}
    </section>`;
  }

  private renderSnapshot() {
    const { snapshot, download, downloadError } = this.gate;
    const downloading = download && !download.finished;
    return html`<section class="panel" aria-label="Offline data">
      <div class="bar">
        <span id="snapshot-status"
          >${snapshot
            ? `Offline data: ${snapshot.ticket_count} tickets, updated ${time(snapshot.synced_at)}`
            : "No offline data yet"}</span
        >
        <button type="button" class="secondary" ?disabled=${downloading} @click=${() => void this.gate.refreshSnapshot()}>Update offline data</button>
      </div>
      ${downloading
        ? html`<label>Downloading ${download.full ? "the event" : "changes"}: ${download.tickets} tickets <progress></progress></label>`
        : download?.finished
          ? html`<progress max="1" value="1" aria-label="Offline data downloaded"></progress>`
          : null}
      ${downloadError ? html`<p role="alert">The offline data did not update${snapshot ? "; the saved copy is used" : ""}.</p>` : null}
    </section>`;
  }

  private renderRecent() {
    const recent = this.gate.recent;
    if (!recent.length) return null;
    return html`<section aria-label="Recent scans on this device">
      <h2>Recent scans on this device</h2>
      <ul>
        ${recent.map((scan) => {
          const answer = scan.server ?? scan.verdict;
          return html`<li>${time(scan.at)} · ${verdictHeadline(answer)} ${answer.reason && answer.reason !== "already_admitted" ? `(${reasonText(answer.reason)})` : ""}
            · ${answer.attendee?.name ?? ""} · ${SYNC_WORDS[scan.sync]}</li>`;
        })}
      </ul>
    </section>`;
  }

  private async toggleCamera(): Promise<void> {
    if (this.cameraOn) {
      this.reader.stopCamera();
      this.cameraOn = false;
      return;
    }
    this.cameraOn = true;
    await this.updateComplete;
    if (this.video) await this.reader.startCamera(this.video);
  }

  private submitManual(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem("code") as HTMLInputElement;
    try {
      this.reader.submitManual(input.value);
      this.manualError = undefined;
      input.value = "";
    } catch (error) {
      this.manualError = error instanceof CodeFormatError ? error.message : "This code could not be read.";
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "usher-scan-page": UsherScanPage;
  }
}
