import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import { Observable } from "../../core/ui/observable.js";
import { customerSession } from "../account/customer-session.js";
import { send } from "../customer-api.js";
import type { EventSummary } from "../events/event-types.js";

/** A favorite with a summary of its event (null when the event is gone). */
export interface StoreFavorite {
  id: string;
  event_id: string;
  created_at: string;
  event: EventSummary | null;
}

const PAGE_SIZE = 50;

/**
 * The signed-in customer's favorite event ids, shared by every heart on screen; undefined until read (or for a
 * guest). Read once per session, then kept in step with each change.
 */
export const favoriteIds = new Observable<ReadonlySet<string> | undefined>(undefined);
let reading: Promise<StoreFavorite[]> | undefined;

customerSession.subscribe((session) => {
  if (session.status === "signed-in") return;
  reading = undefined;
  favoriteIds.set(undefined);
});

/** Every favorite, newest first (pages of 50 until `count`). */
export async function listFavorites(sdk: StorefrontSdk, signal: AbortSignal): Promise<StoreFavorite[]> {
  const all: StoreFavorite[] = [];
  for (;;) {
    const page = await request(
      sdk.client.fetch<{ favorites: StoreFavorite[]; count: number }>("/store/customers/me/favorites", {
        signal,
        query: { limit: PAGE_SIZE, offset: all.length },
      }),
      signal,
    );
    all.push(...page.favorites);
    if (page.favorites.length === 0 || all.length >= page.count) break;
  }
  favoriteIds.set(new Set(all.map((favorite) => favorite.event_id)));
  return all;
}

/** Reads the favorites once for all hearts; a failed read is tried again by the next heart that asks. */
export function loadFavoriteIds(sdk: StorefrontSdk): void {
  if (reading || favoriteIds.value) return;
  reading = listFavorites(sdk, new AbortController().signal);
  reading.catch(() => (reading = undefined));
}

export async function setFavorite(sdk: StorefrontSdk, eventId: string, favorite: boolean, signal: AbortSignal): Promise<void> {
  if (favorite) await send(sdk, "/store/customers/me/favorites", { body: { event_id: eventId } }, signal);
  else await send(sdk, `/store/customers/me/favorites/${encodeURIComponent(eventId)}`, { method: "DELETE" }, signal);
  const ids = new Set(favoriteIds.value);
  if (favorite) ids.add(eventId);
  else ids.delete(eventId);
  favoriteIds.set(ids);
}
