import type { Money } from "../../core/ui/format.js";

/** The shapes of GET /store/events[/:handle] (backend/src/lib/event-catalog/types.ts), as far as the PWA reads them. */
export interface StoreTicketType {
  id: string;
  name: string;
  tier: string;
  variant_id: string | null;
  price: Money | null;
  /** Tickets left; null when unlimited. */
  available: number | null;
  on_sale: boolean;
  description?: string | null;
}

export interface StoreEvent {
  id: string;
  handle: string;
  title: string;
  category: string;
  images: unknown;
  starts_at: string;
  ends_at: string;
  timezone: string;
  is_featured: boolean;
  venue: { id: string; name: string; city: string; address_1?: string };
  ticket_types: StoreTicketType[];
  min_price: Money | null;
  sold_out: boolean;
  description?: string | null;
  doors_open_at?: string | null;
}

/** What a card needs of an event: the list gives all of it, a favorite only a summary (no prices or badges). */
export type EventSummary = Pick<StoreEvent, "id" | "handle" | "title" | "category" | "images" | "starts_at" | "timezone" | "venue"> &
  Partial<Pick<StoreEvent, "is_featured" | "sold_out" | "min_price">>;

export interface EventPage {
  events: StoreEvent[];
  count: number;
  limit: number;
  offset: number;
}

/** The first image URL of an event (images are stored as JSON: URL strings or `{ url }` objects). */
export function eventImage(event: Pick<StoreEvent, "images">): string | undefined {
  const [first] = Array.isArray(event.images) ? (event.images as unknown[]) : [];
  if (typeof first === "string") return first;
  if (typeof first === "object" && first !== null && typeof (first as { url?: unknown }).url === "string") {
    return (first as { url: string }).url;
  }
  return undefined;
}
