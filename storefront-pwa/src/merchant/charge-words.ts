import type { ChargeSync } from "../core/offline/stand-db.js";
import type { OfflineRefusal } from "./judge-offline-charge.js";

/** A refusal on the device, in words the merchant can say to the customer. */
export const REFUSAL_WORDS: Record<OfflineRefusal, string> = {
  no_snapshot: "No offline data on this device yet: charging needs the network until it has downloaded once.",
  no_credential: "This tag carries no wristband credential. Try the wristband's QR code or ask at the service desk.",
  forged: "This wristband did not verify. Do not hand over the goods; send the customer to the service desk.",
  revoked: "This wristband was replaced or blocked. Ask the customer for their current wristband.",
  unknown_card: "This wristband is not known at this stand.",
  not_chargeable: "This wristband is blocked (reported lost, replaced or not handed out yet).",
  wrong_event: "This wristband belongs to another event.",
  over_cap: "This would pass the wristband's offline limit.",
};

/** What the server said about a queued charge it refused on sync (apply-offline-charges reasons). */
export function syncRejectionText(reason: string | undefined): string {
  switch (reason) {
    case "forged":
    case "malformed":
    case "unknown_key":
      return "the wristband did not verify";
    case "card_not_assigned":
      return "the wristband belongs to nobody";
    case "wrong_event":
      return "the wristband belongs to another event";
    case "wrong_currency":
      return "the stand charges in another currency";
    case "stand_not_found":
      return "the stand is no longer this merchant's";
    default:
      return reason ?? "refused";
  }
}

export const SYNC_WORDS: Record<ChargeSync, string> = {
  online: "charged",
  pending: "queued",
  synced: "sent",
  rejected: "refused on sync",
};

export const time = (at: number) => new Date(at).toLocaleTimeString(undefined, { timeStyle: "medium" });
