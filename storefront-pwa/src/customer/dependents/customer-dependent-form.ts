import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { formStyles, sharedStyles } from "../../core/ui/shared-styles.js";
import { FormActionController } from "../form-action-controller.js";
import { failureStyles, fieldMessage, fieldState, formMessage } from "../form-failure.js";
import { addDependent, RELATIONS, updateDependent, type Dependent, type DependentInput, type Relation } from "./dependent-api.js";

const FIELDS = ["name", "birth_date", "relation"] as const;

/**
 * Adds a dependent, or edits `dependent` when given: name, birth date, relation. Fires `dependent-saved` (bubbling,
 * composed) with the saved dependent; a refusal shows next to the field it names.
 */
@customElement("customer-dependent-form")
export class CustomerDependentForm extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    failureStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: start;
        gap: 0.75rem 1rem;
      }
      label {
        display: grid;
        gap: 0.25rem;
      }
      .field {
        max-width: 18rem;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        align-self: end;
      }
    `,
  ];

  @property({ attribute: false }) dependent?: Dependent;
  private readonly action = new FormActionController<"save">(this);

  private get formId(): string {
    return this.dependent ? `dependent-${this.dependent.id}` : "dependent-new";
  }

  override render() {
    const id = this.formId;
    const current = this.dependent;
    const failure = this.action.failureOf("save");
    const busy = this.action.busy === "save";
    const name = fieldState(failure, "name", id);
    const birth = fieldState(failure, "birth_date", id);
    const relation = fieldState(failure, "relation", id);
    return html`<form @submit=${this.onSubmit} aria-label=${current ? `Edit ${current.name}` : "Add a person"}>
      <div class="field"><label for=${`${id}-name`}>Name
        <input id=${`${id}-name`} name="name" required maxlength="200" autocomplete="off" .value=${current?.name ?? ""}
          aria-invalid=${name.invalid} aria-describedby=${name.describedBy} />
      </label>
      ${fieldMessage(failure, "name", id)}</div>
      <div class="field"><label for=${`${id}-birth_date`}>Birth date
        <input id=${`${id}-birth_date`} name="birth_date" type="date" required .value=${current?.birth_date.slice(0, 10) ?? ""}
          aria-invalid=${birth.invalid} aria-describedby=${birth.describedBy} />
      </label>
      ${fieldMessage(failure, "birth_date", id)}</div>
      <div class="field"><label for=${`${id}-relation`}>Relation
        <select id=${`${id}-relation`} name="relation" aria-invalid=${relation.invalid} aria-describedby=${relation.describedBy}>
          ${Object.entries(RELATIONS).map(
            ([value, text]) => html`<option value=${value} ?selected=${(current?.relation ?? "child") === value}>${text}</option>`,
          )}
        </select>
      </label>
      ${fieldMessage(failure, "relation", id)}</div>
      <span class="actions">
        <button type="submit" ?disabled=${busy}>${busy ? "Saving…" : current ? "Save" : "Add person"}</button>
        ${current ? html`<button type="button" class="secondary" @click=${this.onCancel}>Cancel</button>` : null}
      </span>
      ${formMessage(failure)}
    </form>`;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input: DependentInput = {
      name: String(data.get("name") ?? "").trim(),
      birth_date: String(data.get("birth_date") ?? ""),
      relation: String(data.get("relation") ?? "other") as Relation,
    };
    await this.action.run("save", FIELDS, async (signal) => {
      const saved = this.dependent
        ? await updateDependent(getSdk(), this.dependent.id, input, signal)
        : await addDependent(getSdk(), input, signal);
      if (!this.dependent) form.reset();
      this.dispatchEvent(new CustomEvent("dependent-saved", { detail: saved, bubbles: true, composed: true }));
    });
  }

  private onCancel(): void {
    this.dispatchEvent(new CustomEvent("dependent-saved", { detail: this.dependent, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-dependent-form": CustomerDependentForm;
  }
  interface HTMLElementEventMap {
    "dependent-saved": CustomEvent<Dependent>;
  }
}
