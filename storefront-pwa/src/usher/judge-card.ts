import type { SnapshotCard, SnapshotTicket } from "../core/offline/gate-db.js";

/** Why this gate, now, does not let a ticket through; null when it does. */
export type TicketRefusal = "invalid" | "not_open" | "blocked";

export type HeldTickets = { tickets: SnapshotTicket[] } | { reason: string; ticket?: SnapshotTicket };

/** A later refusal tells the usher more: a valid ticket of another type ("go to the VIP gate") beats a void one. */
const REFUSAL_ORDER: TicketRefusal[] = ["invalid", "not_open", "blocked"];

/**
 * A verified wristband credential judged against the snapshot's card and its holder's tickets at this event, as the
 * server judges it (plugins/checkin/src/gate/cards.ts): the tickets this gate lets through, oldest first, or the
 * reason none is. Unknown or without a holder → not_found; a serial number other than the signed one → forged;
 * blocked or lost → blocked; replaced → revoked; bound to another event → wrong_event; no ticket here → not_found;
 * else the most telling refusal among the holder's tickets, shown with that ticket.
 */
export function judgeCard(
  card: SnapshotCard | undefined,
  signedSerial: string | undefined,
  eventId: string,
  tickets: ReadonlyMap<string, SnapshotTicket>,
  admits: (ticket: SnapshotTicket) => TicketRefusal | null,
): HeldTickets {
  if (!card || card.state === "unassigned") return { reason: "not_found" };
  if (signedSerial !== card.serial_number) return { reason: "forged" };
  if (card.state === "blocked") return { reason: "blocked" };
  if (card.state === "replaced") return { reason: "revoked" };
  if (card.event_id && card.event_id !== eventId) return { reason: "wrong_event" };

  const held = card.ticket_ids.flatMap((id) => {
    const ticket = tickets.get(id);
    return ticket && ticket.event_id === eventId ? [ticket] : [];
  });
  // the server also answers wrong_event for a holder with tickets only elsewhere; the snapshot has none of those
  if (!held.length) return { reason: "not_found" };
  const judged = held.map((ticket) => ({ ticket, refusal: admits(ticket) }));
  const passing = judged.flatMap((entry) => (entry.refusal ? [] : [entry.ticket]));
  if (passing.length) return { tickets: passing };
  const worst = judged.reduce((a, b) => (rank(b.refusal) > rank(a.refusal) ? b : a));
  return { reason: worst.refusal as TicketRefusal, ticket: worst.ticket };
}

const rank = (refusal: TicketRefusal | null) => (refusal ? REFUSAL_ORDER.indexOf(refusal) : -1);
