import type { Dependent } from "../dependents/dependent-api.js";
import type { StoreRefundRequest, StoreTransfer } from "./transfer-api.js";

/** What "My tickets" shows besides the tickets: offers to me, my offers, my refund requests, my people. */
export interface TicketExtras {
  incoming: StoreTransfer[];
  outgoing: StoreTransfer[];
  refunds: StoreRefundRequest[];
  dependents: Dependent[];
}

/** One ticket's share of the extras: its pending offer, its latest refund request, and the people to attach. */
export interface TicketActionsState {
  transfer?: StoreTransfer;
  refund?: StoreRefundRequest;
  /** Accepted from someone else: only the buyer's payment could be refunded, so there is no refund to ask for. */
  received: boolean;
  dependents: Dependent[];
}

export function actionsFor(extras: TicketExtras, ticketId: string): TicketActionsState {
  return {
    transfer: extras.outgoing.find((transfer) => transfer.ticket.id === ticketId && transfer.status === "pending"),
    // newest first: the first one is the current request
    refund: extras.refunds.find((refund) => refund.ticket_id === ticketId),
    received: extras.incoming.some((transfer) => transfer.ticket.id === ticketId && transfer.status === "accepted"),
    dependents: extras.dependents,
  };
}
