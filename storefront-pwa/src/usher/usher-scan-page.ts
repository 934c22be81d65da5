import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { SyncState } from "../core/offline/gate-db.js";
import { CameraSwitchController } from "../core/nfc/camera-switch-controller.js";
import { CredentialReaderController } from "../core/nfc/index.js";
import { cameraControls, nfcControls, submitTypedCode } from "../core/nfc/reader-controls.js";
import { syncProgress } from "../core/ui/sync-progress.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import { GateController } from "./gate-controller.js";
import { LiveFiguresController, type LiveStatus } from "./live-figures-controller.js";
import type { AssignedEvent } from "./usher-api.js";
import type { GatePost } from "./usher-session.js";
import { credentialKind } from "./credential-kind.js";
import { answerReason, verdictHeadline } from "./verdict-words.js";
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

const LIVE_WORDS: Record<LiveStatus, string> = {
  connecting: "connecting…",
  live: "live",
  reconnecting: "reconnecting…",
  paused: "paused while offline",
  refused: "not available (sign in again)",
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

  private gate!: GateController;
  private live!: LiveFiguresController;
  private readonly reader = new CredentialReaderController(this, { onRead: (read) => void this.gate.handleRead(read) });
  private readonly camera = new CameraSwitchController(this, this.reader, () => this.renderRoot.querySelector("video"));

  override connectedCallback(): void {
    this.gate ??= new GateController(this, this.post);
    this.live ??= new LiveFiguresController(this, this.post.event_id);
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
      ${this.renderLive(gateName)} ${this.renderReaders()} ${this.renderQueue()} ${this.renderSnapshot()} ${this.renderRecent()}
    `;
  }

  private renderExpired() {
    return html`<div class="panel" role="alert">
      <p><strong>Your sign-in expired.</strong> Scanning goes on; ${this.gate.queued} queued scans wait on this device until you sign in again.</p>
      <usher-sign-in heading="Sign in again" @signed-in=${() => void this.gate.replay()}></usher-sign-in>
    </div>`;
  }

  private renderLive(gateName: string | undefined) {
    const { figures, figuresAt, conflicts, status } = this.live;
    // paused figures are the server's as of then, without this device's offline scans
    const state = status === "paused" && figuresAt ? `${LIVE_WORDS.paused}: as of ${time(figuresAt)}` : LIVE_WORDS[status];
    const here = figures?.gates.find((candidate) => candidate.gate_id === this.post.gate_id);
    const count = (id: string, label: string, value: number | undefined) =>
      html`<span>${label} <strong id=${id}>${value ?? "–"}</strong></span>`;
    return html`<section class="panel" aria-label="Live figures">
      <div class="bar">
        ${count("live-admitted", "Admitted", figures?.admitted)} ${count("live-inside", "Inside now", figures?.inside)}
        ${this.post.gate_id ? count("live-gate", `At ${gateName ?? "this gate"}`, figures ? (here?.admitted ?? 0) : undefined) : null}
        <span class="muted" id="live-status">${state}</span>
      </div>
      ${conflicts.length
        ? html`<div role="alert" aria-label="New conflicts">
            <strong>New conflict${conflicts.length > 1 ? `s (${conflicts.length})` : ""}:</strong>
            ${conflicts
              .map((conflict) => {
                const gate = this.event?.gates.find((candidate) => candidate.id === conflict.gate_id)?.name;
                return `${conflict.holder_name ?? "unknown attendee"} admitted twice${gate ? ` (at ${gate})` : ""}, ${time(Date.parse(conflict.scanned_at))}`;
              })
              .join("; ")}.
            <button type="button" class="secondary" @click=${() => this.live.dismissConflicts()}>Dismiss</button>
          </div>`
        : null}
    </section>`;
  }

  private renderReaders() {
    const { message } = this.reader;
    return html`<section class="panel" aria-label="Readers">
      <div class="bar">
        ${nfcControls(this.reader)} ${cameraControls(this.reader, this.camera.on, () => void this.camera.toggle())}
      </div>
      ${message ? html`<p role="alert">${message}</p>` : null}
      ${this.camera.on ? html`<video muted playsinline aria-label="Camera viewfinder"></video>` : null}
      <form @submit=${this.submitManual} aria-label="Manual entry">
        <input id="code" name="code" autocomplete="off" placeholder="Type or paste the ticket code" aria-label="Ticket code" />
        <button type="submit" class="secondary">Check code</button>
      </form>
      ${this.manualError ? html`<p role="alert">${this.manualError}</p>` : null}
    </section>`;
  }

  private renderQueue() {
    const { queued, last, sync, conflicts } = this.gate;
    return html`<section class="panel" aria-label="Sync">
      <div class="bar">
        <span id="queue-size">Queued scans: <strong>${queued}</strong></span>
        <span id="last-sync"
          >${last ? `Last sync ${time(last.at)}: ${last.sent} sent, ${last.conflicts} conflicts` : queued ? "Not synced yet" : "Nothing waiting to sync"}</span
        >
      </div>
      ${syncProgress(sync, "scans")}
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
            ? `Offline data: ${snapshot.ticket_count} tickets${snapshot.card_count ? `, ${snapshot.card_count} wristbands` : ""}, updated ${time(snapshot.synced_at)}`
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
          const reason = answer.reason && answer.reason !== "already_admitted" ? ` (${answerReason(answer, credentialKind(scan.request.credential))})` : "";
          const parts = [time(scan.at), `${verdictHeadline(answer)}${reason}`, answer.attendee?.name, SYNC_WORDS[scan.sync]];
          return html`<li>${parts.filter(Boolean).join(" · ")}</li>`;
        })}
      </ul>
    </section>`;
  }

  private submitManual(event: SubmitEvent): void {
    this.manualError = submitTypedCode(this.reader, event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "usher-scan-page": UsherScanPage;
  }
}
