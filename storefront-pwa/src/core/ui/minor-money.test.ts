import { parseMinor } from "./minor-money.js";

describe("parseMinor", () => {
  it("should read typed amounts with a point or a comma in the currency's minor units", () => {
    expect(parseMinor("4.50", "eur")).toBe(450);
    expect(parseMinor("4,5", "eur")).toBe(450);
    expect(parseMinor(" 12 ", "eur")).toBe(1_200);
    expect(parseMinor("0.07", "eur")).toBe(7);
    expect(parseMinor("500", "jpy")).toBe(500);
  });

  it("should refuse what is not a plain amount", () => {
    for (const text of ["", "abc", "-1", "1.234", "1e3", "4.50€", "1.2.3"]) expect(parseMinor(text, "eur")).toBeUndefined();
    expect(parseMinor("5.5", "jpy")).toBeUndefined();
  });
});
