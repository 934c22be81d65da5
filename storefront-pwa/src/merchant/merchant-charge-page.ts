import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { CameraSwitchController } from "../core/nfc/camera-switch-controller.js";
import { CredentialReaderController, type CredentialRead } from "../core/nfc/index.js";
import { cameraControls, nfcControls, submitTypedCode } from "../core/nfc/reader-controls.js";
import { formatMinor } from "../core/ui/minor-money.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import type { MerchantMe, Stand } from "./merchant-api.js";
import { standStyles } from "./merchant-styles.js";
import { StandController, type ChargeDraft, type ChargeOutcome } from "./stand-controller.js";
import "./merchant-receipt.js";
import "./merchant-ring-up.js";
import "./merchant-sign-in.js";
import "./merchant-sync-status.js";

/** ring-up → (Charge) → armed: waiting for the wristband → charging → outcome (receipt or refusal). */
type Step = "ring-up" | "armed" | "charging" | "outcome";

/**
 * The till: ring up an amount (or items), then "Tap wristband": NFC first (Web NFC or the simulation, started by
 * the Charge button's tap; a wedge reader always listens), the camera QR and a typed code as fallbacks. A read
 * charges only while armed, once; the answer is the receipt or the refusal. Below: queue, last sync, offline data.
 */
@customElement("merchant-charge-page")
export class MerchantChargePage extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    standStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
      }
      h1 {
        margin: 0;
      }
      .tap {
        display: grid;
        gap: 0.75rem;
        padding: 1.25rem;
        border-radius: 1rem;
        border: 3px dashed var(--tessera-accent);
        background: var(--tessera-surface);
      }
      .tap h2 {
        outline: none;
        margin: 0;
        font-size: clamp(1.5rem, 6vw, 2.25rem);
      }
      video {
        width: 100%;
        max-width: 24rem;
        border-radius: 0.5rem;
      }
      form.manual {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      form.manual input {
        flex: 1;
        min-width: 12rem;
      }
      button.next {
        font-size: 1.125rem;
        min-height: 52px;
      }
    `,
  ];

  @property({ attribute: false }) me!: MerchantMe;
  @property({ attribute: false }) stand!: Stand;
  /** The server refused the token: ask for a new sign-in to release the queue. */
  @property({ type: Boolean }) expired = false;

  @state() private step: Step = "ring-up";
  @state() private draft?: ChargeDraft;
  @state() private outcome?: ChargeOutcome;
  @state() private hint?: string;
  @state() private manualError?: string;

  private till!: StandController;
  private readonly reader = new CredentialReaderController(this, { onRead: (read) => void this.onRead(read) });
  private readonly camera = new CameraSwitchController(this, this.reader, () => this.renderRoot.querySelector("video"));

  override connectedCallback(): void {
    this.till ??= new StandController(this, this.me, this.stand);
    super.connectedCallback();
  }

  override render() {
    const till = this.till;
    return html`
      <div class="bar">
        <h1>Charge</h1>
        <span class="muted">${this.stand.name} · ${this.stand.currency_code.toUpperCase()}</span>
      </div>
      ${this.expired ? this.renderExpired() : null} ${this.renderStep()}
      <merchant-sync-status
        .queued=${till.queued}
        .last=${till.last}
        .sync=${till.sync}
        .snapshot=${till.snapshot}
        .downloading=${till.downloading}
        .snapshotError=${till.snapshotError}
        @update-snapshot=${() => void till.refreshSnapshot()}
      ></merchant-sync-status>
    `;
  }

  private renderExpired() {
    return html`<div class="panel" role="alert">
      <p><strong>Your sign-in expired.</strong> Charging goes on offline; ${this.till.queued} queued charges wait on this device until you sign in again.</p>
      <merchant-sign-in heading="Sign in again" @signed-in=${() => void this.till.replay()}></merchant-sign-in>
    </div>`;
  }

  private renderStep() {
    const currency = this.stand.currency_code;
    switch (this.step) {
      case "ring-up":
        return html`<merchant-ring-up .currency=${currency} .draft=${this.draft} @ring-up=${this.arm}></merchant-ring-up>
          ${this.hint ? html`<p role="status">${this.hint}</p>` : null}`;
      case "armed":
      case "charging":
        return this.renderTap();
      case "outcome":
        return html`<merchant-receipt .outcome=${this.outcome} .draft=${this.draft} .currency=${currency}></merchant-receipt>
          <div class="bar">
            ${this.outcome?.kind === "refused"
              ? html`<button type="button" class="next" @click=${() => this.arm()}>Try again</button>
                  <button type="button" class="secondary" @click=${this.changeAmount}>Change amount</button>`
              : null}
            <button type="button" class=${this.outcome?.kind === "refused" ? "secondary" : "next"} @click=${this.newCharge}>New charge</button>
          </div>`;
    }
  }

  private renderTap() {
    const { message } = this.reader;
    const amount = this.draft ? formatMinor(this.draft.amount, this.stand.currency_code) : "";
    const charging = this.step === "charging";
    return html`<section class="tap" aria-label="Tap wristband" aria-busy=${charging}>
      <h2 tabindex="-1">${charging ? `Charging ${amount}…` : `Tap wristband to pay ${amount}`}</h2>
      <div class="bar" role="status">
        ${nfcControls(this.reader)} ${cameraControls(this.reader, this.camera.on, () => void this.camera.toggle())}
      </div>
      ${message ? html`<p role="alert">${message}</p>` : null}
      ${this.camera.on ? html`<video muted playsinline aria-label="Camera viewfinder"></video>` : null}
      <form class="manual" @submit=${this.submitManual} aria-label="Type the wristband code">
        <input id="code" name="code" autocomplete="off" placeholder="Or type the code (TS1:…)" aria-label="Wristband code" />
        <button type="submit" class="secondary" ?disabled=${charging}>Use code</button>
      </form>
      ${this.manualError ? html`<p class="field-error" role="alert">${this.manualError}</p>` : null}
      <div><button type="button" class="secondary" ?disabled=${charging} @click=${this.cancel}>Cancel</button></div>
    </section>`;
  }

  /** Arms the till for `draft` (from the ring-up form, or the last one for "Try again"); starts NFC from this tap. */
  private arm(event?: CustomEvent<ChargeDraft>): void {
    if (event) this.draft = event.detail;
    if (!this.draft) return;
    this.hint = undefined;
    this.outcome = undefined;
    this.step = "armed";
    const { nfcStatus } = this.reader;
    if (nfcStatus === "idle" || nfcStatus === "failed") void this.reader.startNfc();
    // the button that was pressed is gone: keyboard and screen-reader users land on what to do next
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(".tap h2")?.focus());
  }

  private async onRead(read: CredentialRead): Promise<void> {
    if (this.step !== "armed" || !this.draft) {
      if (this.step === "ring-up") this.hint = "Ring up the amount first, then tap the wristband.";
      return;
    }
    this.step = "charging";
    try {
      this.outcome = await this.till.charge(this.draft, read);
    } catch (error) {
      console.error("charge failed", error);
      this.outcome = { kind: "refused", by: "server", message: "something went wrong on this device; nothing was charged", at: Date.now(), ms: 0 };
    }
    this.camera.stop();
    this.step = "outcome";
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>("button.next")?.focus();
  }

  private newCharge(): void {
    this.draft = undefined;
    void this.backToRingUp();
  }

  private changeAmount(): void {
    void this.backToRingUp();
  }

  private cancel(): void {
    this.camera.stop();
    void this.backToRingUp();
  }

  private async backToRingUp(): Promise<void> {
    this.outcome = undefined;
    this.step = "ring-up";
    await this.updateComplete;
    const ringUp = this.renderRoot.querySelector("merchant-ring-up");
    await ringUp?.updateComplete;
    ringUp?.focusFirstField();
  }

  private submitManual(event: SubmitEvent): void {
    this.manualError = submitTypedCode(this.reader, event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "merchant-charge-page": MerchantChargePage;
  }
}
