/** The list filters; also the page's URL query, so a filtered page can be bookmarked and Back restores it. */
export interface EventFilters {
  q?: string;
  category?: string;
  /** yyyy-mm-dd */
  from?: string;
  to?: string;
  featured?: boolean;
  page: number;
}

export const EVENT_PAGE_SIZE = 12;

export function filtersFromSearch(search: string): EventFilters {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: text("q"),
    category: text("category"),
    from: text("from"),
    to: text("to"),
    featured: params.get("featured") === "true" || undefined,
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

export function searchFromFilters(filters: EventFilters): string {
  const params = new URLSearchParams();
  for (const name of ["q", "category", "from", "to"] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (filters.featured) params.set("featured", "true");
  if (filters.page > 1) params.set("page", String(filters.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
