import { ReadDebouncer } from "./read-debouncer.js";
import type { CredentialRead } from "./types.js";

const tag = (at: number, serial_number = "04a2b3c4d5e680"): CredentialRead => ({ source: "nfc", serial_number, at });
const card = (at: number, byte: number): CredentialRead => ({ source: "wedge", credential: Uint8Array.of(1, 2, byte), at });

describe("ReadDebouncer", () => {
  it("should drop the same tag read again within 1 s and accept it from 1 s on", () => {
    const debouncer = new ReadDebouncer();
    expect([0, 200, 999, 1000, 1500, 2001].map((at) => debouncer.accept(tag(at)))).toEqual([true, false, false, true, false, true]);
  });

  it("should never hold back a different tag", () => {
    const debouncer = new ReadDebouncer();
    expect(debouncer.accept(tag(0, "04a2b3c4"))).toBe(true);
    expect(debouncer.accept(tag(10, "04a2b3c5"))).toBe(true);
    expect(debouncer.accept(card(20, 7))).toBe(true);
    expect(debouncer.accept(card(30, 8))).toBe(true);
    expect(debouncer.accept(card(40, 7))).toBe(false);
  });

  it("should treat the same credential bytes as the same tag whichever reader saw them", () => {
    const debouncer = new ReadDebouncer();
    expect(debouncer.accept({ source: "nfc", credential: Uint8Array.of(9, 9), at: 0 })).toBe(true);
    expect(debouncer.accept({ source: "camera", credential: Uint8Array.of(9, 9), at: 500 })).toBe(false);
  });
});
