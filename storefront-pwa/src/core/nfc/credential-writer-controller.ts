import type { ReactiveController, ReactiveControllerHost } from "lit";
import { createNfcWriter, nfcAvailable } from "./nfc-devices.js";
import { describeFailure, ReaderError, type ReaderFailure } from "./reader-error.js";
import type { WriteResult } from "./types.js";

export type WriteStatus = "idle" | "waiting" | "written" | ReaderFailure;

/**
 * Writes a credential to a tag for one element ("write to my wristband"): `status` goes idle → waiting (hold the
 * tag to the phone) → written, or to a failure status with `message`. Disconnecting cancels a pending write.
 */
export class CredentialWriterController implements ReactiveController {
  status: WriteStatus;
  message?: string;
  result?: WriteResult;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.status = nfcAvailable() ? "idle" : "unsupported";
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  get available(): boolean {
    return this.status !== "unsupported";
  }

  async write(credential: Uint8Array, makeReadOnly = false): Promise<void> {
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    this.set("waiting");
    try {
      this.result = await createNfcWriter().write(credential, { makeReadOnly, signal: abort.signal });
      this.set("written");
    } catch (error) {
      if (abort.signal.aborted) return;
      const status = error instanceof ReaderError ? error.status : "failed";
      this.set(status, error instanceof ReaderError ? error.message : describeFailure("failed"));
    }
  }

  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    if (this.status === "waiting") this.set("idle");
  }

  private set(status: WriteStatus, message?: string): void {
    this.status = status;
    this.message = message;
    this.host.requestUpdate();
  }
}
