import { randomInt } from "node:crypto"

// No 0/O, 1/I/L: the code is read out at the gate and typed by hand.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

/** A short human code such as `TSR-7KQ2-M9XD`: 8 random symbols, ~39 bits. */
export function newTicketCode(): string {
  const symbols = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")
  return `TSR-${symbols.slice(0, 4)}-${symbols.slice(4)}`
}
