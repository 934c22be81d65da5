import { WedgeBuffer } from "./wedge-buffer.js";

/** Feeds `text` then Enter, one key every `gapMs`, starting at `start`; returns what the buffer produced. */
function type(buffer: WedgeBuffer, text: string, gapMs: number, start = 1000): (string | undefined)[] {
  return [...text, "Enter"].map((key, index) => buffer.feed(key, start + index * gapMs)).filter((code) => code !== undefined);
}

describe("WedgeBuffer", () => {
  it("should return a fast burst ended by Enter", () => {
    expect(type(new WedgeBuffer(), "04A2B3C4D5E680", 8)).toEqual(["04A2B3C4D5E680"]);
  });

  it("should ignore a person typing (keys further apart than the gap)", () => {
    expect(type(new WedgeBuffer(), "04A2B3C4D5E680", 120)).toEqual([]);
  });

  it("should start over after a pause, keeping only the burst before Enter", () => {
    const buffer = new WedgeBuffer();
    expect(buffer.feed("x", 0)).toBeUndefined();
    expect(buffer.feed("y", 10)).toBeUndefined();
    expect(type(buffer, "TS1:ABCDEFGH", 5, 500)).toEqual(["TS1:ABCDEFGH"]);
  });

  it("should ignore bursts shorter than a code and keys like Tab, keep Shift out of the text", () => {
    const buffer = new WedgeBuffer();
    expect(type(buffer, "1234", 5)).toEqual([]);
    const keys = ["Shift", "T", "Shift", "S", "1", ":", "A", "B", "C", "D", "E", "Enter"];
    expect(keys.map((key, i) => buffer.feed(key, 2000 + i * 5)).filter(Boolean)).toEqual(["TS1:ABCDE"]);
    expect(["A", "B", "Tab", "C", "D", "E", "F", "G", "H", "Enter"].map((key, i) => buffer.feed(key, 3000 + i * 5)).filter(Boolean)).toEqual([]);
  });
});
