import type { CredentialKind } from "@tessera/credentials/codec";
import type { ScanAnswer, ScanOutcome } from "../core/offline/gate-db.js";
import type { LoggedScan } from "./usher-api.js";

/** The reasons of DESIGN §5 (plus the device's own `no_snapshot`) in words an usher reads at arm's length. */
const REASONS: Record<string, string> = {
  not_found: "Unknown ticket",
  invalid: "Ticket not valid (void, refunded or expired)",
  forged: "Forged or damaged credential",
  revoked: "Revoked: an older copy of this ticket",
  wrong_event: "Ticket for another event",
  not_open: "This gate is not open",
  blocked: "Ticket type not allowed at this gate",
  already_admitted: "Already admitted",
  not_admitted: "Not inside: no entry recorded",
  no_snapshot: "No offline data yet: the server will judge this scan",
};

/**
 * A wristband refused for the wristband itself (no ticket shown): the same reasons, about the band. With a ticket
 * shown (void, gate not open, type not taken here) the ticket's words apply.
 */
const CARD_REASONS: Record<string, string> = {
  not_found: "Unknown wristband, or no ticket for this event on it",
  forged: "Forged wristband, or not the tag it was written for",
  revoked: "Replaced wristband: an older copy",
  wrong_event: "Wristband for another event",
  blocked: "Wristband blocked or reported lost",
};

export type VerdictTone = "go" | "exit" | "warn" | "stop";

export function verdictHeadline(answer: ScanAnswer): string {
  if (answer.outcome === "admitted") return "Admitted";
  if (answer.outcome === "exited") return "Exit recorded";
  return answer.reason === "already_admitted" ? "Already admitted" : "Rejected";
}

export function reasonText(reason: string | null | undefined, aboutWristband = false): string {
  if (!reason) return "";
  return (aboutWristband ? CARD_REASONS[reason] : undefined) ?? REASONS[reason] ?? reason;
}

/** The reason of a refusal in words, about the wristband when one was read and no ticket is shown. */
export function answerReason(answer: ScanAnswer, kind: CredentialKind | undefined): string {
  return reasonText(answer.reason, kind === "card" && !answer.attendee);
}

/** Green to go in, blue to go out, amber for someone already inside, red to stop. */
export function verdictTone(answer: ScanAnswer): VerdictTone {
  if (answer.outcome === "admitted") return "go";
  if (answer.outcome === "exited") return "exit";
  return answer.reason === "already_admitted" || answer.reason === "no_snapshot" ? "warn" : "stop";
}

const OUTCOMES: Record<ScanOutcome, string> = { admitted: "Admitted", exited: "Exit recorded", rejected: "Rejected" };

/**
 * A row of the server's scan log in words: what was scanned (a wristband, with the ticket it stood for when the
 * server found one, or a ticket) and the result. A wristband refused for itself is worded about the wristband,
 * as on the verdict screen.
 */
export function loggedScanWords(scan: Pick<LoggedScan, "outcome" | "reason" | "ticket_code" | "card_id">): { scanned: string; result: string } {
  const wristband = scan.card_id !== null;
  const scanned = wristband
    ? scan.ticket_code
      ? `Wristband · ticket ${scan.ticket_code}`
      : "Wristband"
    : (scan.ticket_code ?? "Ticket");
  const reason = reasonText(scan.reason, wristband && !scan.ticket_code);
  return { scanned, result: reason ? `${OUTCOMES[scan.outcome]} (${reason})` : OUTCOMES[scan.outcome] };
}
