/**
 * Two error families on purpose: encoding errors are programming or data bugs on the
 * issuing side (they name the offending claim), malformed errors describe untrusted
 * input and are turned into a `malformed` verdict by the verifier, never thrown past it.
 */
export class CredentialEncodingError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "CredentialEncodingError";
    this.field = field;
  }
}

export class MalformedCredentialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MalformedCredentialError";
  }
}
