import * as qs from "qs";
import { stringify } from "./query-string.js";

// The bundle replaces `qs` with ./query-string.ts (see vite.config.ts); Medusa parses queries with qs, so what
// matters is that qs reads our output exactly as it reads its own.
const QUERIES: Record<string, unknown>[] = [
  { limit: 24, fields: "id,title,subtitle,thumbnail" },
  { id: ["prod_1", "prod_2"], q: "rock & roll (live)!", offset: 0 },
  { created_at: { $gte: new Date("2026-05-01T10:00:00Z") }, is_giftcard: false },
  { region_id: null, sales_channel_id: undefined, tags: [], order: "-created_at" },
  { filters: { variants: [{ sku: "VIP/1" }, { sku: "ü→ß" }] } },
];

describe("stringify", () => {
  it.each(QUERIES)("should be read by qs exactly like qs.stringify(query, { skipNulls: true }) (%#)", (query) => {
    const ours = qs.parse(stringify(query, { skipNulls: true }));
    const theirs = qs.parse(qs.stringify(query, { skipNulls: true }));
    expect(ours).toEqual(theirs);
  });

  it("should skip nulls and undefined values", () => {
    expect(stringify({ a: null, b: undefined, c: 1 }, { skipNulls: true })).toBe("c=1");
  });
});
