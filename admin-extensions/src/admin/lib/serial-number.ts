/**
 * An NFC serial number as the API stores it (lowercase hex, no separators), so a search for
 * "04:DE:AD:…" finds the card. Mirrors the codec's normalisation without importing server code.
 */
export const normaliseSerialInput = (value: string): string => value.trim().replace(/[\s:-]/g, "").toLowerCase()
