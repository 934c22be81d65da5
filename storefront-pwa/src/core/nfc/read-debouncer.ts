import { bytesToHex } from "@tessera/credentials/codec";
import type { CredentialRead } from "./types.js";

export const DEBOUNCE_MS = 1000;

/** Same tag ⇔ same credential bytes, or the same UID when only the UID was read. */
export function readKey(read: Pick<CredentialRead, "credential" | "serial_number">): string {
  if (read.credential) return `c:${bytesToHex(read.credential)}`;
  return `s:${read.serial_number ?? ""}`;
}

/**
 * Drops a read of a tag already accepted less than `windowMs` ago: a wristband held against a phone fires
 * several readings, and a wedge reader repeats. The window counts from the last accepted read of that tag, so a
 * tag held still is let through again once a second, and a different tag is never held back.
 */
export class ReadDebouncer {
  private readonly accepted = new Map<string, number>();

  constructor(private readonly windowMs = DEBOUNCE_MS) {}

  accept(read: CredentialRead): boolean {
    const key = readKey(read);
    const last = this.accepted.get(key);
    if (last !== undefined && read.at - last < this.windowMs) return false;
    this.accepted.set(key, read.at);
    this.forgetOlderThan(read.at - this.windowMs);
    return true;
  }

  private forgetOlderThan(cutoff: number): void {
    for (const [key, at] of this.accepted) if (at < cutoff) this.accepted.delete(key);
  }
}
