import { actionsFor, type TicketExtras } from "./ticket-extras.js";
import type { StoreTransfer } from "./transfer-api.js";

const transfer = (id: string, ticketId: string, status: StoreTransfer["status"]): StoreTransfer => ({
  id,
  kind: "transfer",
  status,
  to_email: "bob@tessera.test",
  to_phone: null,
  message: null,
  expires_at: "2027-01-01T00:00:00Z",
  accepted_at: null,
  created_at: "2026-12-01T00:00:00Z",
  ticket: { id: ticketId, code: "TSR-1", event: { id: "evt_1", title: "Night", starts_at: "2027-06-01T18:00:00Z" }, ticket_type: { name: "GA" } },
});

const refund = (id: string, ticketId: string, status: "pending" | "rejected") => ({
  id,
  ticket_id: ticketId,
  status,
  reason: null,
  amount: null,
  currency_code: null,
  decision_note: null,
  decided_at: null,
  created_at: "2026-12-01T00:00:00Z",
});

describe("actionsFor", () => {
  const extras: TicketExtras = {
    incoming: [transfer("tr_in", "tick_received", "accepted"), transfer("tr_open", "tick_offered", "pending")],
    outgoing: [transfer("tr_old", "tick_1", "cancelled"), transfer("tr_now", "tick_1", "pending")],
    refunds: [refund("rr_new", "tick_2", "pending"), refund("rr_old", "tick_2", "rejected")],
    dependents: [],
  };

  it("should pick a ticket's pending offer, not an earlier withdrawn one", () => {
    expect(actionsFor(extras, "tick_1").transfer?.id).toBe("tr_now");
  });

  it("should pick the newest refund request (the list is newest first)", () => {
    expect(actionsFor(extras, "tick_2").refund?.id).toBe("rr_new");
  });

  it("should mark a ticket accepted from someone else as received, and only that one", () => {
    expect(actionsFor(extras, "tick_received").received).toBe(true);
    expect(actionsFor(extras, "tick_offered").received).toBe(false);
    expect(actionsFor(extras, "tick_1").received).toBe(false);
  });
});
