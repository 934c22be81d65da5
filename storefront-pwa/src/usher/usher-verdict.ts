import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { sharedStyles } from "../core/ui/shared-styles.js";
import type { ShownVerdict } from "./gate-controller.js";
import { answerReason, verdictHeadline, verdictTone } from "./verdict-words.js";

/**
 * A scan's verdict, readable at arm's length: a full-width colour block with one word, the reason in words, and
 * the attendee card (photo, name, tier, dependents, needs-attention). Colours are paired with text, never alone.
 */
@customElement("usher-verdict")
export class UsherVerdict extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .verdict {
        border-radius: 1rem;
        padding: 1.25rem;
        color: #fff;
      }
      .go {
        background: #15803d;
      }
      .exit {
        background: #1d4ed8;
      }
      .warn {
        background: #b45309;
      }
      .stop {
        background: #b91c1c;
      }
      h2 {
        margin: 0;
        font-size: clamp(2.5rem, 10vw, 4.5rem);
        line-height: 1.05;
      }
      .reason {
        font-size: 1.5rem;
        margin: 0.5rem 0 0;
      }
      .card {
        display: grid;
        grid-template-columns: 6rem 1fr;
        gap: 1rem;
        margin-top: 1rem;
        padding: 1rem;
        border-radius: 0.75rem;
        background: var(--tessera-surface);
        color: var(--tessera-text);
        border: 1px solid var(--tessera-border);
      }
      .photo {
        width: 6rem;
        height: 6rem;
        border-radius: 0.5rem;
        object-fit: cover;
        background: var(--tessera-border);
        display: grid;
        place-items: center;
        font-size: 2rem;
        font-weight: 800;
      }
      .name {
        font-size: 1.5rem;
        font-weight: 800;
        margin: 0;
      }
      .attention {
        margin-top: 0.5rem;
        padding: 0.5rem 0.75rem;
        border-radius: 0.5rem;
        background: var(--tessera-warning-bg);
        color: var(--tessera-warning-text);
        font-weight: 700;
      }
      .meta {
        font-size: 0.875rem;
      }
      .code {
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) verdict?: ShownVerdict;

  override render() {
    const verdict = this.verdict;
    if (!verdict) return html`<p class="muted">Tap a wristband or ticket to scan.</p>`;
    const { answer } = verdict;
    const reason = answer.outcome === "rejected" && answer.reason !== "already_admitted" ? answerReason(answer, verdict.kind) : "";
    const attendee = answer.attendee;
    return html`<section class="verdict ${verdictTone(answer)}" role="status" aria-live="assertive" data-scan=${answer.id} data-outcome=${answer.outcome} data-ms=${verdict.ms.toFixed(1)}>
        <h2>${verdictHeadline(answer)}</h2>
        ${reason ? html`<p class="reason">${reason}</p>` : null}
      </section>
      ${attendee
        ? html`<article class="card" aria-label="Attendee">
            ${attendee.photo_url
              ? html`<img class="photo" src=${attendee.photo_url} alt="Photo of ${attendee.name ?? "the attendee"}" />`
              : html`<div class="photo" aria-hidden="true">${(attendee.name ?? "?").slice(0, 1)}</div>`}
            <div>
              <p class="name">${attendee.name ?? "No name on the ticket"}</p>
              <p>${typeAndTier(attendee.ticket_type, attendee.tier)}<span class="code">Code ${attendee.code}</span></p>
              ${attendee.dependents.length
                ? html`<p>With ${attendee.dependents.map((dependent) => `${dependent.name} (${dependent.relation})`).join(", ")}</p>`
                : null}
              ${attendee.needs_attention
                ? html`<p class="attention">Needs attention${attendee.attention_note ? `: ${attendee.attention_note}` : ""}</p>`
                : null}
              ${attendee.blood_type || attendee.emergency_contact
                ? html`<p class="meta">
                    ${attendee.blood_type ? `Blood type ${attendee.blood_type}. ` : ""}
                    ${attendee.emergency_contact ? `Emergency: ${attendee.emergency_contact.name ?? ""} ${attendee.emergency_contact.phone ?? ""}` : ""}
                  </p>`
                : null}
            </div>
          </article>`
        : null}
      <p class="meta muted">${this.judgedBy(verdict)}</p>`;
  }

  private judgedBy({ judged_by, answer, kind }: ShownVerdict): string {
    const read = kind === "card" ? "Wristband. " : "";
    if (judged_by === "server") return `${read}Judged by the server.`;
    // a refusal of someone already inside stays on the device (see gate-controller.ts)
    return `${read}${answer.reason === "already_admitted" ? "Judged on this device (offline)." : "Judged on this device (offline); sent when the network is back."}`;
  }
}

/** "VIP · platinum · ", without a tier the type's name already says ("General admission", "general"). */
function typeAndTier(type: string | null, tier: string | null): string {
  const tierSaid = tier && type?.toLowerCase().includes(tier.toLowerCase());
  return [type, tierSaid ? null : tier].filter(Boolean).map((part) => `${part} · `).join("");
}

declare global {
  interface HTMLElementTagNameMap {
    "usher-verdict": UsherVerdict;
  }
}
