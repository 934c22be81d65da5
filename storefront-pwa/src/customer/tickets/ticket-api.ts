import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import type { Dependent } from "../dependents/dependent-api.js";

/** A ticket as GET /store/customers/me/tickets gives it (backend/src/api/store/customers/me/tickets/helpers.ts). */
export interface StoreTicket {
  id: string;
  code: string;
  status: "valid" | "void" | "refunded";
  holder_name: string | null;
  order_id: string | null;
  event: { id: string; title: string; starts_at: string; timezone: string; venue?: { name: string; city: string } | null };
  ticket_type: { id: string; name: string; tier: string; allows_dependents?: boolean; max_dependents?: number };
  /** People who come with the ticket's holder (ticket types that admit dependents). */
  dependents?: Dependent[];
  /** Only valid tickets carry one: `qr` is the QR text, `nfc` the base64url bytes for a wristband's record. */
  credential: { qr: string; nfc: string; kid: string; version: number } | null;
}

export const TICKETS_PAGE_SIZE = 50;

export async function listMyTickets(sdk: StorefrontSdk, signal: AbortSignal): Promise<StoreTicket[]> {
  const { tickets } = await request(
    sdk.client.fetch<{ tickets: StoreTicket[] }>("/store/customers/me/tickets", { signal, query: { limit: TICKETS_PAGE_SIZE } }),
    signal,
  );
  return tickets;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/**
 * Tickets are issued by the backend just after the order is placed (an order.placed subscriber): right after
 * checkout, re-read for up to `timeoutMs` until the order's tickets are there.
 */
export async function waitForOrderTickets(
  sdk: StorefrontSdk,
  orderId: string,
  signal: AbortSignal,
  timeoutMs = 30_000,
): Promise<StoreTicket[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tickets = await listMyTickets(sdk, signal);
    if (tickets.some((ticket) => ticket.order_id === orderId) || Date.now() > deadline) return tickets;
    await sleep(1000, signal);
  }
}
