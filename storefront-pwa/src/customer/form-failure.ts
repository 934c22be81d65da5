import { css, html, nothing } from "lit";
import { describeError } from "../core/ui/error-message.js";
import { ApiError } from "./api-error.js";

/** A failed action as a form shows it: next to `field` when the form has that field, else above the buttons. */
export interface FormFailure {
  readonly field?: string;
  readonly text: string;
}

/** The backend's messages start with "Field 'to_email' …"; people read the rest. */
const FIELD_PREFIX = /^(invalid request:\s*)?field '[^']+'\s*/i;

export function formFailure(error: unknown, online: boolean, fields: readonly string[]): FormFailure {
  const text = describeError(error, online);
  if (!online || !(error instanceof ApiError) || !error.field || !fields.includes(error.field)) return { text };
  const plain = text.replace(FIELD_PREFIX, "");
  return { field: error.field, text: plain.charAt(0).toUpperCase() + plain.slice(1) };
}

/** `aria-describedby` / `aria-invalid` values for a field, pointing at its message when the failure names it. */
export function fieldState(failure: FormFailure | undefined, field: string, formId: string) {
  const failed = failure?.field === field;
  return { describedBy: failed ? `${formId}-${field}-error` : nothing, invalid: failed ? "true" : "false" } as const;
}

/** The message under a field when the failure names that field. */
export function fieldMessage(failure: FormFailure | undefined, field: string, formId: string) {
  return failure?.field === field ? html`<span class="field-error" id=${`${formId}-${field}-error`} role="alert">${failure.text}</span>` : null;
}

/** The message for the whole form when the failure names none of its fields. */
export function formMessage(failure: FormFailure | undefined) {
  return failure && !failure.field ? html`<p class="field-error" role="alert">${failure.text}</p>` : null;
}

/** Field messages stand out by weight and a bar, not by colour alone. */
export const failureStyles = css`
  .field-error {
    display: block;
    margin: 0.25rem 0 0;
    padding: 0.1rem 0.5rem;
    border-left: 4px solid var(--tessera-focus);
    font-weight: 600;
  }
`;
