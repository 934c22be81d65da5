import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import { send } from "../customer-api.js";

export type TransferStatus = "pending" | "accepted" | "cancelled" | "expired";

/** A transfer or gift as a customer sees it (plugins/events storeTransferFields): never the token. */
export interface StoreTransfer {
  id: string;
  kind: "transfer" | "gift";
  status: TransferStatus;
  to_email: string | null;
  to_phone: string | null;
  message: string | null;
  expires_at: string;
  accepted_at: string | null;
  created_at: string;
  ticket: { id: string; code: string; event: { id: string; title: string; starts_at: string }; ticket_type: { name: string } };
}

export interface TransferOffer {
  kind: "transfer" | "gift";
  to_email?: string;
  to_phone?: string;
  message?: string;
}

export type RefundStatus = "pending" | "approved" | "rejected";

export interface StoreRefundRequest {
  id: string;
  ticket_id: string;
  status: RefundStatus;
  reason: string | null;
  amount: number | null;
  currency_code: string | null;
  decision_note: string | null;
  decided_at: string | null;
  created_at: string;
}

const PAGE_SIZE = 50;

export async function listTransfers(sdk: StorefrontSdk, direction: "incoming" | "outgoing", signal: AbortSignal): Promise<StoreTransfer[]> {
  const { transfers } = await request(
    sdk.client.fetch<{ transfers: StoreTransfer[] }>("/store/customers/me/transfers", { signal, query: { direction, limit: PAGE_SIZE } }),
    signal,
  );
  return transfers;
}

export async function offerTransfer(sdk: StorefrontSdk, ticketId: string, offer: TransferOffer, signal: AbortSignal): Promise<StoreTransfer> {
  const path = `/store/customers/me/tickets/${encodeURIComponent(ticketId)}/transfers`;
  const { transfer } = await send<{ transfer: StoreTransfer }>(sdk, path, { body: offer }, signal);
  return transfer;
}

/** `accept` (the recipient) or `cancel` (the sender). */
export async function decideTransfer(sdk: StorefrontSdk, transferId: string, action: "accept" | "cancel", signal: AbortSignal): Promise<StoreTransfer> {
  const path = `/store/customers/me/transfers/${encodeURIComponent(transferId)}/${action}`;
  const { transfer } = await send<{ transfer: StoreTransfer }>(sdk, path, {}, signal);
  return transfer;
}

export async function listRefundRequests(sdk: StorefrontSdk, signal: AbortSignal): Promise<StoreRefundRequest[]> {
  const { refund_requests } = await request(
    sdk.client.fetch<{ refund_requests: StoreRefundRequest[] }>("/store/customers/me/refund-requests", { signal, query: { limit: PAGE_SIZE } }),
    signal,
  );
  return refund_requests;
}

export async function requestRefund(sdk: StorefrontSdk, ticketId: string, reason: string | undefined, signal: AbortSignal): Promise<StoreRefundRequest> {
  const path = `/store/customers/me/tickets/${encodeURIComponent(ticketId)}/refund-requests`;
  const { refund_request } = await send<{ refund_request: StoreRefundRequest }>(sdk, path, { body: reason ? { reason } : {} }, signal);
  return refund_request;
}

/** Accepts with the token from the link the recipient was sent (any signed-in customer holding it, not the sender). */
export async function acceptTransferByToken(sdk: StorefrontSdk, token: string, signal: AbortSignal): Promise<StoreTransfer> {
  const { transfer } = await send<{ transfer: StoreTransfer }>(sdk, "/store/transfers/accept", { body: { token } }, signal);
  return transfer;
}
