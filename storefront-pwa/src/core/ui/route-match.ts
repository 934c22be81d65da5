/** Path parameters of a matched route, e.g. `{ handle: "summer-night" }` for `/events/:handle`. */
export type RouteParams = Readonly<Record<string, string>>;

/** Removes trailing slashes (except for "/" itself), so `/tickets/` and `/tickets` are one page. */
export function normalisePath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, "") || "/" : pathname;
}

/**
 * Matches `pathname` against a pattern whose `:name` segments capture one decoded segment each; `*` as the last
 * segment matches any rest (including nothing). Returns the parameters, or undefined when it does not match.
 */
export function matchPath(pattern: string, pathname: string): RouteParams | undefined {
  const want = pattern.split("/").filter(Boolean);
  const have = normalisePath(pathname).split("/").filter(Boolean);
  const rest = want.at(-1) === "*";
  if (rest ? have.length < want.length - 1 : have.length !== want.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    if (segment === "*") break;
    const value = have[index];
    if (segment.startsWith(":")) {
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (segment !== value) return undefined;
  }
  return params;
}
