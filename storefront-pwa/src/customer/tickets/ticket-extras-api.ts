import type { StorefrontSdk } from "../../core/api/sdk.js";
import { listDependents } from "../dependents/dependent-api.js";
import type { TicketExtras } from "./ticket-extras.js";
import { listRefundRequests, listTransfers } from "./transfer-api.js";

export async function loadTicketExtras(sdk: StorefrontSdk, signal: AbortSignal): Promise<TicketExtras> {
  const [incoming, outgoing, refunds, dependents] = await Promise.all([
    listTransfers(sdk, "incoming", signal),
    listTransfers(sdk, "outgoing", signal),
    listRefundRequests(sdk, signal),
    listDependents(sdk, signal),
  ]);
  return { incoming, outgoing, refunds, dependents };
}
