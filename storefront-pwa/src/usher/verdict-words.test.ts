import { loggedScanWords } from "./verdict-words.js";

describe("loggedScanWords", () => {
  const row = { outcome: "rejected" as const, reason: null, ticket_code: null, card_id: null };

  it("should show a ticket scan by its code, with the ticket's reason", () => {
    expect(loggedScanWords({ ...row, outcome: "admitted", ticket_code: "GA-7Q2" })).toEqual({ scanned: "GA-7Q2", result: "Admitted" });
    expect(loggedScanWords({ ...row, reason: "blocked", ticket_code: "GA-7Q2" })).toEqual({
      scanned: "GA-7Q2",
      result: "Rejected (Ticket type not allowed at this gate)",
    });
    expect(loggedScanWords({ ...row, reason: "forged" })).toEqual({ scanned: "Ticket", result: "Rejected (Forged or damaged credential)" });
  });

  it("should show a wristband scan as a wristband, refused for the band in the band's words", () => {
    expect(loggedScanWords({ ...row, reason: "blocked", card_id: "card_1" })).toEqual({
      scanned: "Wristband",
      result: "Rejected (Wristband blocked or reported lost)",
    });
    expect(loggedScanWords({ ...row, reason: "revoked", card_id: "card_1" }).result).toBe("Rejected (Replaced wristband: an older copy)");
  });

  it("should name the ticket a wristband stood for, and word a refusal of that ticket about the ticket", () => {
    expect(loggedScanWords({ ...row, outcome: "admitted", ticket_code: "VIP-3", card_id: "card_1" })).toEqual({
      scanned: "Wristband · ticket VIP-3",
      result: "Admitted",
    });
    expect(loggedScanWords({ ...row, reason: "already_admitted", ticket_code: "VIP-3", card_id: "card_1" }).result).toBe(
      "Rejected (Already admitted)",
    );
    expect(loggedScanWords({ ...row, outcome: "exited", ticket_code: "VIP-3", card_id: "card_1" }).result).toBe("Exit recorded");
  });
});
