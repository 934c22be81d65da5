import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import { EVENT_PAGE_SIZE, type EventFilters } from "./event-filters.js";
import type { EventPage, StoreEvent } from "./event-types.js";

export function listEvents(sdk: StorefrontSdk, filters: EventFilters, signal: AbortSignal): Promise<EventPage> {
  const { page, featured, ...rest } = filters;
  return request(
    sdk.client.fetch<EventPage>("/store/events", {
      signal,
      query: { ...rest, featured: featured ? "true" : undefined, limit: EVENT_PAGE_SIZE, offset: (page - 1) * EVENT_PAGE_SIZE },
    }),
    signal,
  );
}

export async function listCategories(sdk: StorefrontSdk, signal: AbortSignal): Promise<string[]> {
  const { categories } = await request(
    sdk.client.fetch<{ categories: { category: string; count: number }[] }>("/store/events/categories", { signal }),
    signal,
  );
  return categories.map(({ category }) => category);
}

export async function retrieveEvent(sdk: StorefrontSdk, handle: string, signal: AbortSignal): Promise<StoreEvent> {
  const { event } = await request(
    sdk.client.fetch<{ event: StoreEvent }>(`/store/events/${encodeURIComponent(handle)}`, { signal }),
    signal,
  );
  return event;
}
