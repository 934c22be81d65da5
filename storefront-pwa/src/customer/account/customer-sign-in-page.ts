import { LitElement, css, html } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { ConnectivityController } from "../../core/offline/connectivity-controller.js";
import { describeError } from "../../core/ui/error-message.js";
import { navigate } from "../../core/ui/navigate.js";
import { formStyles, sharedStyles } from "../../core/ui/shared-styles.js";
import { register, signIn } from "./customer-session.js";

/** Where to go after signing in: `?next=` when it is a path on this site, else the events. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get("next") ?? "";
  return next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

/** Sign in (`/account/sign-in`) or create an account (`/account/register`) with email and password. */
@customElement("customer-sign-in-page")
export class CustomerSignInPage extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
        max-width: 28rem;
      }
      form {
        display: grid;
        gap: 0.75rem;
      }
      label {
        display: grid;
        gap: 0.25rem;
      }
    `,
  ];

  @property() mode: "sign-in" | "register" = "sign-in";
  @property({ attribute: false }) search = "";
  @state() private busy = false;
  @state() private failure?: string;

  private readonly network = new ConnectivityController(this);

  override render() {
    const registering = this.mode === "register";
    const keep = this.search ? this.search : "";
    return html`
      <h1>${registering ? "Create an account" : "Sign in"}</h1>
      <form @submit=${this.onSubmit} aria-label=${registering ? "Create an account" : "Sign in"}>
        ${registering
          ? html`<label for="first_name">First name <input id="first_name" name="first_name" autocomplete="given-name" required /></label>
              <label for="last_name">Last name <input id="last_name" name="last_name" autocomplete="family-name" required /></label>`
          : null}
        <label for="email">Email <input id="email" name="email" type="email" autocomplete="email" required /></label>
        <label for="password"
          >Password
          <input id="password" name="password" type="password" required minlength=${registering ? 8 : 1}
            autocomplete=${registering ? "new-password" : "current-password"} />
        </label>
        ${this.failure ? html`<p role="alert">${this.failure}</p>` : null}
        <button type="submit" ?disabled=${this.busy}>
          ${this.busy ? "Please wait…" : registering ? "Create account" : "Sign in"}
        </button>
      </form>
      <p>
        ${registering
          ? html`Already have an account? <a href=${`/account/sign-in${keep}`}>Sign in</a>`
          : html`New here? <a href=${`/account/register${keep}`}>Create an account</a>`}
      </p>
    `;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? "").trim();
    const password = String(data.get("password") ?? "");
    this.busy = true;
    this.failure = undefined;
    const signal = new AbortController().signal;
    try {
      if (this.mode === "register") {
        await register(getSdk(), { email: field("email"), password, first_name: field("first_name"), last_name: field("last_name") }, signal);
      } else {
        await signIn(getSdk(), field("email"), password, signal);
      }
      navigate(nextPath(this.search));
    } catch (error) {
      const status = (error as { status?: number }).status;
      this.failure =
        this.mode === "sign-in" && status === 401 ? "Wrong email or password." : describeError(error, this.network.online);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-sign-in-page": CustomerSignInPage;
  }
}
