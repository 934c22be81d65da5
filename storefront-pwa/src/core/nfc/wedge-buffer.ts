/** Longest pause between two keys of one wedge burst; people type ≥ 80 ms apart, readers ~1–20 ms. */
export const WEDGE_MAX_GAP_MS = 50;
/** Shorter bursts are typing, not a reader (a 4-byte UID is 8 characters). */
export const WEDGE_MIN_LENGTH = 8;

/**
 * Turns keystrokes into codes the way a keyboard-wedge (USB HID) reader sends them: printable characters in quick
 * succession, ended by Enter. A pause longer than `maxGapMs` starts over, so a person typing is never mistaken
 * for a reader. Pure: feed it `KeyboardEvent.key` and `timeStamp`.
 */
export class WedgeBuffer {
  private chars = "";
  private lastAt = -Infinity;

  constructor(
    private readonly maxGapMs = WEDGE_MAX_GAP_MS,
    private readonly minLength = WEDGE_MIN_LENGTH,
  ) {}

  /** Returns the finished code on Enter, else undefined. */
  feed(key: string, at: number): string | undefined {
    const gap = at - this.lastAt;
    this.lastAt = at;
    if (gap > this.maxGapMs) this.chars = "";
    if (key === "Enter") {
      const code = this.chars;
      this.chars = "";
      return code.length >= this.minLength ? code : undefined;
    }
    if (key.length === 1) this.chars += key;
    else if (key !== "Shift" && key !== "CapsLock") this.chars = "";
    return undefined;
  }
}
