import { openDB, type DBSchema } from "idb";
import type { StoreTicket } from "./ticket-api.js";

/** The last ticket list read online, per customer: the QR codes still show at a gate with no network. */
export interface SavedTickets {
  customer_id: string;
  tickets: StoreTicket[];
  /** epoch ms */
  saved_at: number;
}

interface CustomerDb extends DBSchema {
  tickets: { key: string; value: SavedTickets };
}

const db = () =>
  openDB<CustomerDb>("tessera-customer", 1, {
    upgrade: (database) => void database.createObjectStore("tickets", { keyPath: "customer_id" }),
  });

export async function saveTickets(customerId: string, tickets: StoreTicket[]): Promise<void> {
  await (await db()).put("tickets", { customer_id: customerId, tickets, saved_at: Date.now() });
}

export async function readSavedTickets(customerId: string): Promise<SavedTickets | undefined> {
  return (await db()).get("tickets", customerId);
}

/** On sign-out: a shared phone must not keep someone's tickets. */
export async function forgetSavedTickets(): Promise<void> {
  await (await db()).clear("tickets");
}
