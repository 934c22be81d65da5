import { consume } from "@lit/context";
import { LitElement, css, html, type PropertyValues } from "lit";
import { customElement, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { LoadController } from "../../core/ui/load-controller.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import { rowCardStyles } from "../row-styles.js";
import "../../core/ui/app-error.js";
import type { SessionState } from "../account/customer-session.js";
import { sessionContext } from "../customer-context.js";
import { FormActionController } from "../form-action-controller.js";
import { failureStyles, formMessage } from "../form-failure.js";
import { formatBirthDate, listDependents, RELATIONS, removeDependent, type Dependent } from "./dependent-api.js";
import "./customer-dependent-form.js";

/**
 * "People" (`/dependents`): who comes with the customer (children, say): add, edit, remove. On "My tickets" they
 * can be put on tickets whose type admits them.
 */
@customElement("customer-dependents-page")
export class CustomerDependentsPage extends LitElement {
  static override styles = [
    sharedStyles,
    rowCardStyles,
    failureStyles,
    css`
      :host {
        display: block;
      }
      customer-dependent-form {
        flex: 1 1 100%;
      }
      section {
        margin-top: 1.5rem;
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session?: SessionState;

  @state() private editing?: string;

  private readonly action = new FormActionController<"remove">(this);
  private readonly dependents = new LoadController<Dependent[]>(this, (signal) =>
    this.session?.status === "signed-in" ? listDependents(getSdk(), signal) : Promise.resolve([]),
  );

  protected override willUpdate(changed: PropertyValues): void {
    const signedIn = (session: unknown) => (session as SessionState | undefined)?.status === "signed-in";
    if (changed.has("session") && signedIn(this.session) && !signedIn(changed.get("session"))) this.dependents.run();
  }

  override render() {
    const session = this.session;
    if (!session || session.status === "unknown") return html`<h1>People with me</h1><p class="muted" role="status">Loading…</p>`;
    if (session.status === "guest") {
      return html`<h1>People with me</h1>
        <p><a href="/account/sign-in?next=/dependents">Sign in</a> to manage the people who come with you.</p>`;
    }
    return html`<h1>People with me</h1>
      <p class="muted">Children and others who come with you. Put them on a ticket under <a href="/tickets">My tickets</a>
        when its type admits them.</p>
      ${this.dependents.render({
        pending: () => html`<p class="muted" role="status">Loading…</p>`,
        complete: (dependents) => this.renderList(dependents),
        error: (error) => html`<app-error heading="Couldn't load the people." .error=${error} @retry=${() => this.dependents.run()}></app-error>`,
      })}
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Add a person</h2>
        <customer-dependent-form @dependent-saved=${() => this.dependents.run()}></customer-dependent-form>
      </section>`;
  }

  private renderList(dependents: Dependent[]) {
    return html`${formMessage(this.action.failureOf("remove"))}
      ${dependents.length === 0
        ? html`<p role="status">Nobody added yet.</p>`
        : html`<ul class="plain" aria-label="People with me">
            ${dependents.map((dependent) => html`<li class="row-card">${this.editing === dependent.id ? this.renderEdit(dependent) : this.renderRow(dependent)}</li>`)}
          </ul>`}`;
  }

  private renderRow(dependent: Dependent) {
    return html`<div class="what">
        <p><strong>${dependent.name}</strong></p>
        <p class="muted">${RELATIONS[dependent.relation] ?? dependent.relation} · born ${formatBirthDate(dependent.birth_date)}</p>
      </div>
      <button type="button" class="secondary" aria-label=${`Edit ${dependent.name}`} @click=${() => (this.editing = dependent.id)}>Edit</button>
      <button type="button" class="secondary" aria-label=${`Remove ${dependent.name}`} @click=${() => this.onRemove(dependent)}>Remove</button>`;
  }

  private renderEdit(dependent: Dependent) {
    return html`<customer-dependent-form .dependent=${dependent} @dependent-saved=${this.onEdited}></customer-dependent-form>`;
  }

  private onEdited(event: Event): void {
    event.stopPropagation();
    this.editing = undefined;
    this.dependents.run();
  }

  private async onRemove(dependent: Dependent): Promise<void> {
    if (!confirm(`Remove ${dependent.name}? They are also taken off every ticket.`)) return;
    if (await this.action.run("remove", [], (signal) => removeDependent(getSdk(), dependent.id, signal))) this.dependents.run();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-dependents-page": CustomerDependentsPage;
  }
}
