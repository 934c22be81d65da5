import type { ReaderStatus } from "./types.js";

export type ReaderFailure = Extract<ReaderStatus, "unsupported" | "off" | "not-permitted" | "failed">;

const MESSAGES: Record<ReaderFailure, string> = {
  unsupported: "This device or browser cannot do this. Use another way to read the code.",
  off: "NFC is switched off. Turn it on in the phone's settings, then try again.",
  "not-permitted": "Permission was refused. Allow it in the browser's site settings, then try again.",
  failed: "The reader stopped working. Try again.",
};

/** A reader or writer that cannot run, with the reason as a status and a sentence for people. */
export class ReaderError extends Error {
  override name = "ReaderError";

  constructor(
    readonly status: ReaderFailure,
    detail?: string,
  ) {
    super(detail ?? MESSAGES[status]);
  }
}

/** Plain words for a failure status (the UI shows these, not DOMException text). */
export function describeFailure(status: ReaderFailure): string {
  return MESSAGES[status];
}

/**
 * Maps what Web NFC and getUserMedia reject with: NotAllowedError (permission), NotReadableError (Chrome: NFC is
 * switched off in settings; camera: in use elsewhere), NotSupportedError/NotFoundError/OverconstrainedError (no
 * adapter or camera). AbortError is rethrown as is: the caller stopped on purpose.
 */
export function toReaderError(error: unknown, readableMeansOff = true): Error {
  if (error instanceof ReaderError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "AbortError") return error as Error;
  if (name === "NotAllowedError" || name === "SecurityError") return new ReaderError("not-permitted");
  if (name === "NotReadableError") return new ReaderError(readableMeansOff ? "off" : "failed");
  if (name === "NotSupportedError" || name === "NotFoundError" || name === "OverconstrainedError") {
    return new ReaderError("unsupported");
  }
  return new ReaderError("failed", error instanceof Error && error.message ? error.message : undefined);
}
