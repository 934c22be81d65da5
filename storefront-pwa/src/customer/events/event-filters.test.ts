import { filtersFromSearch, searchFromFilters } from "./event-filters.js";
import { eventImage } from "./event-types.js";

describe("event list filters in the URL", () => {
  it("should round-trip filters through the query string", () => {
    const filters = { q: "rock & roll", category: "music", from: "2027-06-01", to: "2027-06-30", featured: true, page: 3 };
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
  });

  it("should drop empty values and fall back to page 1 for nonsense", () => {
    expect(searchFromFilters({ q: "", page: 1 })).toBe("");
    expect(filtersFromSearch("?q=%20%20&page=-2&featured=yes")).toEqual({
      q: undefined,
      category: undefined,
      from: undefined,
      to: undefined,
      featured: undefined,
      page: 1,
    });
  });
});

describe("eventImage", () => {
  it("should read a URL string or a { url } object, else nothing", () => {
    expect(eventImage({ images: ["https://img/1.jpg"] })).toBe("https://img/1.jpg");
    expect(eventImage({ images: [{ url: "https://img/2.jpg" }] })).toBe("https://img/2.jpg");
    expect(eventImage({ images: null })).toBeUndefined();
    expect(eventImage({ images: [{ id: 1 }] })).toBeUndefined();
  });
});
