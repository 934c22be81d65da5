import type { Conflict } from "./checkin-types"

/** "Ada Lovelace · TKT-1234" as far as the scans recorded them; the ticket id otherwise. */
export const conflictTicketLabel = (conflict: Pick<Conflict, "ticket_id" | "ticket_code" | "holder_name">): string =>
  [conflict.holder_name, conflict.ticket_code].filter(Boolean).join(" · ") || conflict.ticket_id
