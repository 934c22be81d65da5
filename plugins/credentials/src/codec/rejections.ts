import type { RejectionReason } from "./types";

/** A refused credential as the gate and the stand name it to the person holding it. */
export type CredentialRejection = "forged" | "revoked" | "invalid";

/**
 * The kernel's reasons in those words, the same on the server and on every offline device: a bad or
 * unknown signature proves nothing (forged), an old version or a withdrawn key is revoked, an expired
 * credential is no longer valid.
 */
export const CREDENTIAL_REJECTIONS: Readonly<Record<RejectionReason, CredentialRejection>> = {
  malformed: "forged",
  unknown_key: "forged",
  forged: "forged",
  key_revoked: "revoked",
  revoked: "revoked",
  expired: "invalid",
};
