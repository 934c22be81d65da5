/** The NFC layer (the project's own Web NFC polyfill): see README.md beside this file. */
export { CodeFormatError, parseCode, type ParsedCode } from "./credential-text.js";
export { CredentialReaderController, type CredentialReaderOptions } from "./credential-reader-controller.js";
export { CredentialWriterController, type WriteStatus } from "./credential-writer-controller.js";
export { describeFailure, ReaderError, type ReaderFailure } from "./reader-error.js";
export type { CredentialRead, ReaderStatus, ReadSource } from "./types.js";
