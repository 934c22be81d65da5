import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ConnectivityController } from "../core/offline/connectivity-controller.js";
import { describeError } from "../core/ui/error-message.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import {
  INCIDENT_PHOTO_MAX_BYTES,
  INCIDENT_PHOTO_TYPES,
  INCIDENT_TYPES,
  type IncidentPhoto,
  type IncidentType,
} from "./usher-api.js";
import { usherApi, type GatePost } from "./usher-session.js";
import { shrinkPhoto } from "./shrink-photo.js";

const LABELS: Record<IncidentType, string> = {
  medical: "Medical",
  security: "Security",
  fraud: "Fraud (fake or copied ticket)",
  lost_item: "Lost item",
  other: "Other",
};

/** Why a chosen file cannot be sent, before spending the gate's bandwidth on it. */
function photoProblem(file: File): string | undefined {
  if (!INCIDENT_PHOTO_TYPES.includes(file.type)) return "The photo must be a JPEG, PNG or WebP image.";
  if (file.size > INCIDENT_PHOTO_MAX_BYTES) return `The photo is larger than ${INCIDENT_PHOTO_MAX_BYTES / 1024 / 1024} MB.`;
  return undefined;
}

/**
 * Report an incident at the gate (POST /usher/incidents), with an optional photo from the camera that is
 * uploaded first (POST /usher/incidents/photos). The photo needs the network; the report itself is sent as
 * before.
 */
@customElement("usher-incident-page")
export class UsherIncidentPage extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      form {
        display: grid;
        gap: 0.75rem;
        max-width: 32rem;
      }
      textarea {
        font: inherit;
        min-height: 8rem;
        padding: 0.5rem;
        border-radius: 0.5rem;
        border: 1px solid var(--tessera-muted);
        background: var(--tessera-bg);
        color: var(--tessera-text);
      }
      .preview {
        display: flex;
        gap: 0.75rem;
        align-items: center;
      }
      .preview img {
        width: 6rem;
        height: 6rem;
        object-fit: cover;
        border-radius: 0.5rem;
        border: 1px solid var(--tessera-border);
      }
    `,
  ];

  @property({ attribute: false }) post!: GatePost;
  @state() private busy?: "uploading" | "sending";
  @state() private sent = false;
  @state() private error?: unknown;
  @state() private photo?: { file: File; preview: string };
  @state() private photoError?: string;
  /** The chosen photo once uploaded: a report that failed after the upload retries without uploading again. */
  private uploaded?: { file: File; eventId: string; photo: IncidentPhoto };

  private readonly network = new ConnectivityController(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearPhoto();
  }

  override render() {
    const online = this.network.online;
    return html`<form @submit=${this.submit}>
      <h1>Report an incident</h1>
      <label for="type">What happened</label>
      <select id="type" name="type">
        ${INCIDENT_TYPES.map((type) => html`<option value=${type}>${LABELS[type]}</option>`)}
      </select>
      <label for="note">Details</label>
      <textarea id="note" name="note" required maxlength="4000"></textarea>
      <label for="ticket">Ticket id (optional)</label>
      <input id="ticket" name="ticket" autocomplete="off" />
      <label for="photo">Photo (optional)</label>
      <input id="photo" name="photo" type="file" accept="image/*" capture="environment" ?disabled=${!online} @change=${this.choosePhoto} />
      ${online ? null : html`<p class="muted" id="photo-offline">Photos need a connection. You can attach one when you are back online.</p>`}
      ${this.photo
        ? html`<div class="preview">
            <img src=${this.photo.preview} alt="Photo to attach" />
            <button type="button" class="secondary" @click=${this.removePhoto}>Remove photo</button>
          </div>`
        : null}
      ${this.photoError ? html`<p role="alert">${this.photoError}</p>` : null}
      ${this.error ? html`<p role="alert">${describeError(this.error, online)}</p>` : null}
      ${this.sent ? html`<p role="status">Incident reported.</p>` : null}
      <button type="submit" ?disabled=${!!this.busy}>
        ${this.busy === "uploading" ? "Uploading photo…" : this.busy === "sending" ? "Sending…" : "Report"}
      </button>
    </form>`;
  }

  /** Counts choices, so a photo still being scaled down does not replace one chosen after it. */
  private choice = 0;

  private async choosePhoto(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    const choice = ++this.choice;
    this.clearPhoto();
    if (!chosen) return;
    // a file that is no photo is not decoded at all
    const file = INCIDENT_PHOTO_TYPES.includes(chosen.type) ? await shrinkPhoto(chosen) : chosen;
    if (choice !== this.choice) return;
    this.photoError = photoProblem(file);
    if (this.photoError) {
      input.value = "";
      return;
    }
    this.photo = { file, preview: URL.createObjectURL(file) };
  }

  private removePhoto(): void {
    this.choice++;
    this.clearPhoto();
    const input = this.renderRoot.querySelector<HTMLInputElement>("#photo");
    if (input) input.value = "";
  }

  private clearPhoto(): void {
    if (this.photo) URL.revokeObjectURL(this.photo.preview);
    this.photo = undefined;
    this.photoError = undefined;
  }

  /** The chosen photo in the file module (uploaded once per file), or nothing without one. */
  private async photoId(): Promise<string | undefined> {
    const file = this.photo?.file;
    if (!file) return undefined;
    const eventId = this.post.event_id;
    if (this.uploaded?.file !== file || this.uploaded.eventId !== eventId) {
      this.busy = "uploading";
      this.uploaded = { file, eventId, photo: await usherApi().uploadIncidentPhoto(eventId, file) };
    }
    return this.uploaded.photo.id;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const ticket = String(data.get("ticket") ?? "").trim();
    this.error = undefined;
    this.sent = false;
    try {
      const photoId = await this.photoId();
      this.busy = "sending";
      await usherApi().reportIncident({
        event_id: this.post.event_id,
        type: String(data.get("type")) as IncidentType,
        note: String(data.get("note")),
        ...(ticket ? { ticket_id: ticket } : {}),
        ...(photoId ? { photo_id: photoId } : {}),
      });
      this.sent = true;
      form.reset();
      this.clearPhoto();
      this.uploaded = undefined;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "usher-incident-page": UsherIncidentPage;
  }
}
