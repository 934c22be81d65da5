import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ConnectivityController } from "../core/offline/connectivity-controller.js";
import { describeError } from "../core/ui/error-message.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import type { LoggedScan } from "./usher-api.js";
import { usherApi, type GatePost } from "./usher-session.js";
import { loggedScanWords } from "./verdict-words.js";

const PAGE_SIZE = 10;

/** The event's scan log from the server (every usher's scans), 10 per page, searched by code, card or name. */
@customElement("usher-scan-log")
export class UsherScanLog extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        text-align: left;
        padding: 0.4rem;
        border-bottom: 1px solid var(--tessera-border);
      }
      form,
      .pages {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        margin: 0.75rem 0;
      }
    `,
  ];

  @property({ attribute: false }) post!: GatePost;
  @state() private q = "";
  @state() private offset = 0;
  @state() private result?: { scans: LoggedScan[]; count: number };
  @state() private error?: unknown;

  private readonly network = new ConnectivityController(this);
  private abort?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  override render() {
    const result = this.result;
    const page = Math.floor(this.offset / PAGE_SIZE) + 1;
    const pages = result ? Math.max(1, Math.ceil(result.count / PAGE_SIZE)) : 1;
    return html`<h1>Scan log</h1>
      <form role="search" @submit=${this.search}>
        <input type="search" name="q" aria-label="Search scans" placeholder="Code, card or name" .value=${this.q} />
        <button type="submit">Search</button>
      </form>
      ${this.error ? html`<p role="alert">${describeError(this.error, this.network.online)} <button type="button" @click=${() => void this.load()}>Retry</button></p>` : null}
      ${result
        ? html`<table aria-label="Scans">
              <thead><tr><th>Time</th><th>Result</th><th>Name</th><th>Scanned</th><th>Direction</th></tr></thead>
              <tbody>
                ${result.scans.map((scan) => {
                  const words = loggedScanWords(scan);
                  return html`<tr>
                    <td>${new Date(scan.scanned_at).toLocaleString()}</td>
                    <td>${words.result}${scan.conflict_id ? " · conflict" : ""}${scan.offline ? " · offline" : ""}</td>
                    <td>${scan.holder_name ?? ""}</td>
                    <td>${words.scanned}</td>
                    <td>${scan.direction === "in" ? "entry" : "exit"}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
            <div class="pages">
              <button type="button" class="secondary" ?disabled=${this.offset === 0} @click=${() => this.go(this.offset - PAGE_SIZE)}>Previous</button>
              <span>Page ${page} of ${pages} (${result.count} scans)</span>
              <button type="button" class="secondary" ?disabled=${page >= pages} @click=${() => this.go(this.offset + PAGE_SIZE)}>Next</button>
            </div>`
        : html`<p class="muted" role="status">Loading…</p>`}`;
  }

  private search(event: SubmitEvent): void {
    event.preventDefault();
    this.q = String(new FormData(event.target as HTMLFormElement).get("q") ?? "").trim();
    this.go(0);
  }

  private go(offset: number): void {
    this.offset = Math.max(0, offset);
    void this.load();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.error = undefined;
    try {
      this.result = await usherApi().scans({ event_id: this.post.event_id, q: this.q || undefined, offset: this.offset }, abort.signal);
    } catch (error) {
      if (!abort.signal.aborted) this.error = error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "usher-scan-log": UsherScanLog;
  }
}
