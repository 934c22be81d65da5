import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ConnectivityController } from "../core/offline/connectivity-controller.js";
import { describeError } from "../core/ui/error-message.js";
import { formStyles, sharedStyles } from "../core/ui/shared-styles.js";
import { signInUsher } from "./usher-session.js";

/** The usher's sign-in form (Medusa emailpass, actor `usher`); fires `signed-in` on success. */
@customElement("usher-sign-in")
export class UsherSignIn extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      form {
        display: grid;
        gap: 0.75rem;
        max-width: 24rem;
      }
      input {
        width: 100%;
      }
    `,
  ];

  /** Shown above the form, e.g. why the usher must sign in again. */
  @property() heading = "Gate sign-in";
  @state() private error?: unknown;
  @state() private busy = false;

  private readonly network = new ConnectivityController(this);

  override render() {
    return html`<form @submit=${this.submit} aria-label="Usher sign-in">
      <h1>${this.heading}</h1>
      <label for="email">Email</label>
      <input id="email" name="email" type="email" autocomplete="username" required />
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      ${this.error
        ? html`<p role="alert">${(this.error as { status?: number }).status === 401 ? "Wrong email or password." : describeError(this.error, this.network.online)}</p>`
        : null}
      <button type="submit" ?disabled=${this.busy}>${this.busy ? "Signing in…" : "Sign in"}</button>
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.error = undefined;
    try {
      await signInUsher(String(data.get("email")), String(data.get("password")));
      this.dispatchEvent(new CustomEvent("signed-in", { bubbles: true, composed: true }));
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "usher-sign-in": UsherSignIn;
  }
}
