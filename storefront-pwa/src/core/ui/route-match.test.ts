import { matchPath, normalisePath } from "./route-match.js";

describe("matchPath", () => {
  it("should match static and parameter segments, decoding parameters", () => {
    expect(matchPath("/", "/")).toEqual({});
    expect(matchPath("/tickets", "/tickets/")).toEqual({});
    expect(matchPath("/events/:handle", "/events/summer%20night")).toEqual({ handle: "summer night" });
    expect(matchPath("/events/:handle", "/events")).toBeUndefined();
    expect(matchPath("/events/:handle", "/events/a/b")).toBeUndefined();
    expect(matchPath("/events/:handle", "/events/%E0%A4%A")).toBeUndefined();
  });

  it("should let a trailing * match any rest", () => {
    expect(matchPath("/usher/*", "/usher")).toEqual({});
    expect(matchPath("/usher/*", "/usher/scan/1")).toEqual({});
    expect(matchPath("/usher/*", "/merchant")).toBeUndefined();
  });

  it("should keep / as / and strip other trailing slashes", () => {
    expect(normalisePath("/")).toBe("/");
    expect(normalisePath("/cart//")).toBe("/cart");
  });
});
