import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ConnectivityController } from "../core/offline/connectivity-controller.js";
import { describeError } from "../core/ui/error-message.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import { merchantApi, signInWithCode, signInWithPassword } from "./merchant-session.js";
import { standStyles } from "./merchant-styles.js";

type Method = "password" | "mobile";

/**
 * The merchant's sign-in: email and password (Medusa emailpass, actor `merchant`), or a six-digit code sent by SMS
 * to the merchant's mobile number (auth provider `otp`). Fires `signed-in` on success.
 */
@customElement("merchant-sign-in")
export class MerchantSignIn extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    standStyles,
    css`
      :host {
        display: block;
        max-width: 26rem;
      }
      form {
        display: grid;
        gap: 0.75rem;
      }
      input {
        width: 100%;
      }
      .methods {
        display: flex;
        gap: 0.5rem;
        margin-bottom: 1rem;
      }
      .methods button[aria-pressed="true"] {
        background: var(--tessera-accent);
        color: var(--tessera-on-accent);
      }
    `,
  ];

  /** Shown above the form, e.g. why the merchant must sign in again. */
  @property() heading = "Stand sign-in";
  @state() private method: Method = "password";
  /** The number a code was sent to, once it was. */
  @state() private codeSentTo?: string;
  @state() private error?: unknown;
  @state() private busy = false;

  private readonly network = new ConnectivityController(this);

  override render() {
    return html`<h1>${this.heading}</h1>
      <div class="methods" role="group" aria-label="Sign in with">
        <button type="button" class="secondary" aria-pressed=${this.method === "password"} @click=${() => this.switchTo("password")}>Email and password</button>
        <button type="button" class="secondary" aria-pressed=${this.method === "mobile"} @click=${() => this.switchTo("mobile")}>Code by SMS</button>
      </div>
      ${this.method === "password" ? this.renderPassword() : this.renderMobile()}`;
  }

  private renderPassword() {
    return html`<form @submit=${this.submitPassword} aria-label="Password sign-in">
      <label for="email">Email</label>
      <input id="email" name="email" type="email" autocomplete="username" required />
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      ${this.renderError("Wrong email or password.")}
      <button type="submit" ?disabled=${this.busy}>${this.busy ? "Signing in…" : "Sign in"}</button>
    </form>`;
  }

  private renderMobile() {
    if (!this.codeSentTo) {
      return html`<form @submit=${this.sendCode} aria-label="SMS sign-in">
        <label for="mobile">Mobile number</label>
        <input id="mobile" name="mobile" type="tel" autocomplete="tel" placeholder="+49 151 12345678" required aria-describedby="mobile-hint" />
        <span id="mobile-hint" class="muted">The number your stand was registered with, in international format.</span>
        ${this.renderError()}
        <button type="submit" ?disabled=${this.busy}>${this.busy ? "Sending…" : "Send code"}</button>
      </form>`;
    }
    return html`<form @submit=${this.submitCode} aria-label="SMS code sign-in">
      <p role="status">If ${this.codeSentTo} has a stand login, a six-digit code is on its way. It is valid for 5 minutes.</p>
      <label for="code">Code</label>
      <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required />
      ${this.renderError()}
      <div class="bar">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? "Signing in…" : "Sign in"}</button>
        <button type="button" class="secondary" @click=${() => this.restartMobile()}>Use another number</button>
      </div>
    </form>`;
  }

  /** A 401 on the password form means wrong credentials; on the code forms the server's words say more (attempts left, too many codes). */
  private renderError(unauthorized?: string) {
    if (!this.error) return null;
    const status = (this.error as { status?: number }).status;
    const message = (this.error as { message?: string }).message;
    const text = status === 401 ? (unauthorized ?? (message ? capitalise(message) : "That code did not work.")) : describeError(this.error, this.network.online);
    return html`<p class="field-error" role="alert">${text}</p>`;
  }

  private switchTo(method: Method): void {
    this.method = method;
    this.error = undefined;
  }

  private restartMobile(): void {
    this.codeSentTo = undefined;
    this.error = undefined;
  }

  private async submitPassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    await this.attempt(async () => {
      await signInWithPassword(String(data.get("email")), String(data.get("password")));
      this.signedIn();
    });
  }

  private mobile = "";

  private async sendCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const mobile = String(new FormData(event.target as HTMLFormElement).get("mobile")).trim();
    await this.attempt(async () => {
      await merchantApi().sendLoginCode(mobile);
      this.mobile = mobile;
      this.codeSentTo = mobile;
    });
    if (this.codeSentTo) this.renderRoot.querySelector<HTMLInputElement>("#code")?.focus();
  }

  private async submitCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const code = String(new FormData(event.target as HTMLFormElement).get("code")).trim();
    await this.attempt(async () => {
      await signInWithCode(this.mobile, code);
      this.signedIn();
    });
  }

  private async attempt(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    try {
      await work();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
  }

  private signedIn(): void {
    this.dispatchEvent(new CustomEvent("signed-in", { bubbles: true, composed: true }));
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

declare global {
  interface HTMLElementTagNameMap {
    "merchant-sign-in": MerchantSignIn;
  }
}
