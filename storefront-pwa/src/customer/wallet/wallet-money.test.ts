import { fromMinor, toMinor } from "./wallet-money.js";

describe("wallet amounts in minor units", () => {
  it("should convert by the currency's own decimals", () => {
    expect(toMinor(20.5, "eur")).toBe(2_050);
    expect(fromMinor(450, "eur")).toBe(4.5);
    expect(toMinor(500, "jpy")).toBe(500);
  });

  it("should round away binary fractions (0.29 € is 29 cents, not 28.999…)", () => {
    expect(toMinor(0.29, "eur")).toBe(29);
    expect(toMinor(19.99, "eur")).toBe(1_999);
  });
});
