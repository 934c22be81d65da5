import { LitElement, css, html } from "lit";
import { customElement, state } from "lit/decorators.js";
import { base64UrlToBytes, bytesToBase64Url } from "@tessera/credentials/codec";
import { CodeFormatError, CredentialReaderController, CredentialWriterController, type CredentialRead } from "../core/nfc/index.js";
import { nfcControls } from "../core/nfc/reader-controls.js";
import { ConnectivityController } from "../core/offline/connectivity-controller.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import type { AssignedCard, CustomerGlimpse } from "./merchant-api.js";
import { merchantApi } from "./merchant-session.js";
import { standStyles } from "./merchant-styles.js";
import { refusalText } from "./refusal-text.js";

/** The wristband as read: its UID, or its credential when the tag already carries one. */
type ScannedCard = { serial_number: string } | { credential: string };

type Part = "lookup" | "send" | "assign";

/**
 * Hands a wristband in stock to a customer, only with their code: scan the wristband (NFC, wedge or typed UID),
 * find the customer by mobile number (`/merchant/customers/lookup`), send them a code (`/merchant/customers/otp`),
 * the customer reads it out, assign (`/merchant/cards/assign`). Then the wristband's credential can be written to
 * its tag. Online only: the code is checked by the server.
 */
@customElement("merchant-assign-page")
export class MerchantAssignPage extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    standStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
        max-width: 40rem;
      }
      h1,
      h2 {
        margin: 0;
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: 1rem;
      }
      form {
        display: grid;
        gap: 0.5rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .row input {
        flex: 1;
        min-width: 12rem;
      }
      h2 {
        font-size: 1.125rem;
      }
      .done-step h2::after {
        content: " ✓";
      }
      #assigned h2 {
        font-size: clamp(1.75rem, 7vw, 2.5rem);
      }
      #assigned p {
        margin: 0.5rem 0 0;
        font-size: 1.125rem;
      }
    `,
  ];

  @state() private card?: ScannedCard;
  @state() private customer?: CustomerGlimpse;
  @state() private mobile = "";
  @state() private codeSent?: { mobile: string; expires_at: string };
  @state() private assigned?: AssignedCard;
  @state() private busy?: Part;
  @state() private failure?: { part: Part; error: unknown };
  @state() private scanError?: string;

  private readonly network = new ConnectivityController(this);
  private readonly reader = new CredentialReaderController(this, { onRead: (read) => this.onRead(read) });
  private readonly writer = new CredentialWriterController(this);

  override render() {
    if (this.assigned) return this.renderAssigned(this.assigned);
    return html`<h1>Assign a wristband</h1>
      ${this.network.online ? null : html`<p class="panel" role="status">You are offline. Assigning needs the network: the customer's code is checked by the server.</p>`}
      <ol>
        <li class="panel ${this.card ? "done-step" : ""}">${this.renderScan()}</li>
        <li class="panel ${this.customer ? "done-step" : ""}">${this.renderLookup()}</li>
        ${this.customer ? html`<li class="panel">${this.renderCode(this.customer)}</li>` : null}
      </ol>`;
  }

  private renderScan() {
    const { message } = this.reader;
    const card = this.card;
    return html`<h2>1. Scan the wristband</h2>
      ${card
        ? html`<p role="status" id="scanned-card">Wristband ${"serial_number" in card ? card.serial_number : "with a credential"} ready.</p>
            <button type="button" class="secondary" @click=${this.rescan}>Scan another wristband</button>`
        : html`<div class="bar">${nfcControls(this.reader)}</div>
            ${message ? html`<p role="alert">${message}</p>` : null}
            <form class="row" @submit=${this.submitSerial} aria-label="Type the wristband number">
              <input name="serial" autocomplete="off" placeholder="Or type the number printed on it" aria-label="Wristband number" />
              <button type="submit" class="secondary">Use number</button>
            </form>
            ${this.scanError ? html`<p class="field-error" role="alert">${this.scanError}</p>` : null}`}`;
  }

  private renderLookup() {
    const customer = this.customer;
    return html`<h2>2. Find the customer</h2>
      ${customer
        ? html`<p role="status" id="customer">
              <strong>${[customer.first_name, customer.last_initial].filter(Boolean).join(" ") || "Customer"}</strong> · ${customer.mobile} · holds
              ${customer.cards} wristband${customer.cards === 1 ? "" : "s"}
            </p>
            <button type="button" class="secondary" @click=${this.changeCustomer}>Another customer</button>`
        : html`<form @submit=${this.lookup} aria-label="Find the customer by mobile number">
            <label for="mobile">Customer's mobile number</label>
            <div class="row">
              <input id="mobile" name="mobile" type="tel" autocomplete="off" placeholder="+49 170 1234567" required .value=${this.mobile} />
              <button type="submit" ?disabled=${this.busy === "lookup"}>${this.busy === "lookup" ? "Looking up…" : "Find customer"}</button>
            </div>
            ${this.renderFailure("lookup")}
          </form>`}`;
  }

  private renderCode(customer: CustomerGlimpse) {
    const sent = this.codeSent;
    return html`<h2>3. Confirm with the customer's code</h2>
      ${sent
        ? html`<p role="status" id="code-sent">
            Code sent to ${sent.mobile}, valid until ${new Date(sent.expires_at).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })}. Ask
            ${customer.first_name ?? "the customer"} to read it out.
          </p>`
        : html`<p>The customer receives a six-digit code by SMS and reads it out to you.</p>`}
      <div class="bar">
        <button type="button" class=${sent ? "secondary" : ""} ?disabled=${this.busy === "send"} @click=${this.sendCode}>
          ${this.busy === "send" ? "Sending…" : sent ? "Send a new code" : "Send code"}
        </button>
      </div>
      ${this.renderFailure("send")}
      ${sent
        ? html`<form @submit=${this.assign} aria-label="Assign the wristband">
            <label for="code">Code the customer reads out</label>
            <div class="row">
              <input id="code" name="code" inputmode="numeric" autocomplete="off" pattern="[0-9]{6}" maxlength="6" required />
              <button type="submit" ?disabled=${this.busy === "assign" || !this.card}>${this.busy === "assign" ? "Assigning…" : "Assign wristband"}</button>
            </div>
            ${this.card ? null : html`<p class="field-error" role="alert">Scan the wristband first (step 1).</p>`} ${this.renderFailure("assign")}
          </form>`
        : null}`;
  }

  private renderAssigned(card: AssignedCard) {
    const { status, message } = this.writer;
    const name = this.customer ? [this.customer.first_name, this.customer.last_initial].filter(Boolean).join(" ") : "the customer";
    return html`<h1>Assign a wristband</h1>
      <section class="paid" role="status" id="assigned">
        <h2>Assigned</h2>
        <p>Wristband ${card.serial_number} now belongs to ${name}${name.endsWith(".") ? "" : "."} It can pay at once.</p>
      </section>
      ${this.writer.available
        ? html`<section class="panel" aria-label="Write to the wristband">
            <p>If the wristband is blank, write its credential to it now: hold it to the phone.</p>
            <button type="button" class="secondary" ?disabled=${status === "waiting"} @click=${() => void this.writer.write(base64UrlToBytes(card.credential.credential), true)}>
              ${status === "waiting" ? "Hold the wristband to the phone…" : "Write to the wristband"}
            </button>
            ${status === "written" ? html`<p role="status">Written${this.writer.result?.readOnly ? " and locked" : ""}.</p>` : null}
            ${message ? html`<p role="alert">${message}</p>` : null}
          </section>`
        : null}
      <div><button type="button" @click=${this.startOver}>Assign another wristband</button></div>`;
  }

  private renderFailure(part: Part) {
    if (this.failure?.part !== part) return null;
    return html`<p class="field-error" role="alert">${refusalText(this.failure.error, this.network.online)}</p>`;
  }

  private onRead(read: CredentialRead): void {
    if (this.card || this.assigned) return;
    // a blank wristband from stock has only its UID; one already written carries its credential
    if (read.serial_number) this.card = { serial_number: read.serial_number };
    else if (read.credential) this.card = { credential: bytesToBase64Url(read.credential) };
    this.scanError = undefined;
  }

  private submitSerial(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem("serial") as HTMLInputElement;
    try {
      this.reader.submitManual(input.value);
    } catch (error) {
      this.scanError = error instanceof CodeFormatError ? error.message : "This number could not be read.";
    }
  }

  private rescan(): void {
    this.card = undefined;
  }

  private changeCustomer(): void {
    this.customer = undefined;
    this.codeSent = undefined;
    this.failure = undefined;
  }

  private async lookup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.mobile = String(new FormData(event.target as HTMLFormElement).get("mobile")).trim();
    await this.run("lookup", async () => {
      this.customer = await merchantApi().lookupCustomer(this.mobile);
    });
  }

  private async sendCode(): Promise<void> {
    await this.run("send", async () => {
      this.codeSent = await merchantApi().sendAssignmentCode(this.mobile);
    });
    await this.updateComplete;
    if (this.codeSent) this.renderRoot.querySelector<HTMLInputElement>("#code")?.focus();
  }

  private async assign(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const code = String(new FormData(event.target as HTMLFormElement).get("code")).trim();
    const card = this.card;
    if (!card) return;
    await this.run("assign", async () => {
      this.assigned = await merchantApi().assignCard(card, this.mobile, code);
    });
  }

  private startOver(): void {
    this.writer.cancel();
    this.card = undefined;
    this.customer = undefined;
    this.codeSent = undefined;
    this.assigned = undefined;
    this.failure = undefined;
    this.mobile = "";
  }

  private async run(part: Part, work: () => Promise<void>): Promise<void> {
    this.busy = part;
    this.failure = undefined;
    try {
      await work();
    } catch (error) {
      this.failure = { part, error };
    } finally {
      this.busy = undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "merchant-assign-page": MerchantAssignPage;
  }
}
