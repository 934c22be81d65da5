/**
 * The Tessera credential codec: compact Ed25519-signed tickets and wristband cards,
 * verifiable offline. WebCrypto only — the server and the PWA import these same files.
 */
export { decodeBase45, encodeBase45 } from "./base45";
export { encodeCredentialBody, parseCredential, type ParsedCredential } from "./body";
export { base64UrlToBytes, bytesToBase64Url, bytesToHex, hexToBytes } from "./bytes";
export { decodeUnverified } from "./decode";
export { CredentialEncodingError, MalformedCredentialError } from "./errors";
export {
  CREDENTIAL_ID_PREFIX,
  FORMAT_VERSION,
  MAX_SERIAL_BYTES,
  QR_TEXT_PREFIX,
  SIGNATURE_BYTES,
  SIGNATURE_DOMAIN,
} from "./format";
export { deriveKid, generateSigningKey } from "./keys";
export {
  type CredentialNdefRecordInit,
  encodeNdefTag,
  fitsNtag213,
  fromNdefRecord,
  NDEF_RECORD_TYPE,
  ndefTagBytes,
  NTAG213_USER_BYTES,
  toNdefRecordInit,
} from "./ndef";
export { fromQrText, toQrText } from "./qr-text";
export { newMedusaId } from "./medusa-id";
export { CREDENTIAL_REJECTIONS, type CredentialRejection } from "./rejections";
export { normaliseSerialNumber } from "./serial-number";
export { signCredential } from "./sign";
export {
  type CredentialVectorCase,
  type CredentialVectorResult,
  type CredentialVectors,
  runCredentialVectors,
  type VectorClaims,
} from "./test-vectors";
export type {
  CredentialClaims,
  CredentialClaimsInput,
  CredentialKind,
  CredentialSigner,
  CredentialVerdict,
  CurrentVersionLookup,
  KeyStatus,
  RejectionReason,
  SigningKey,
  VerificationKey,
  VerifyOptions,
  WebCryptoKey,
} from "./types";
export { verifyCredential } from "./verify";
