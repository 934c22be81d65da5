import type { ScanAnswer } from "../core/offline/gate-db.js";

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

export type VerdictTone = "go" | "exit" | "warn" | "stop";

export function verdictHeadline(answer: ScanAnswer): string {
  if (answer.outcome === "admitted") return "Admitted";
  if (answer.outcome === "exited") return "Exit recorded";
  return answer.reason === "already_admitted" ? "Already admitted" : "Rejected";
}

export function reasonText(reason: string | null | undefined): string {
  if (!reason) return "";
  return REASONS[reason] ?? reason;
}

/** Green to go in, blue to go out, amber for someone already inside, red to stop. */
export function verdictTone(answer: ScanAnswer): VerdictTone {
  if (answer.outcome === "admitted") return "go";
  if (answer.outcome === "exited") return "exit";
  return answer.reason === "already_admitted" || answer.reason === "no_snapshot" ? "warn" : "stop";
}
