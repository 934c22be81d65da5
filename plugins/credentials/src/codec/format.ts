/**
 * Wire constants of credential format 1. The full layout is documented in FORMAT.md;
 * changing any value here is a format change and needs a new FORMAT_VERSION.
 */
export const FORMAT_VERSION = 1;

/** Single source of the Medusa id prefixes: the plugins' models use these too. */
export const CREDENTIAL_ID_PREFIX = { ticket: "tkt", card: "card", event: "evt" } as const;

export type CredentialKind = "ticket" | "card";

export const KIND_CODE: Readonly<Record<CredentialKind, number>> = { ticket: 1, card: 2 };

export const FLAG_EVENT = 0b001;
export const FLAG_SERIAL = 0b010;
export const FLAG_EXPIRY = 0b100;
/** Unknown bits are rejected: their fields would have unknown lengths. */
export const KNOWN_FLAGS = FLAG_EVENT | FLAG_SERIAL | FLAG_EXPIRY;

export const KID_BYTES = 4;
export const ID_BYTES = 16;
export const MAX_SERIAL_BYTES = 10;
export const SIGNATURE_BYTES = 64;

/** Signed but never transmitted, so a Tessera signature cannot be replayed as any other message. */
export const SIGNATURE_DOMAIN = new TextEncoder().encode("tessera/cred/1");

/** Marks QR text; every character is in QR's alphanumeric set, like base45 itself. */
export const QR_TEXT_PREFIX = "TS1:";
