import { parseCode } from "./credential-text.js";
import type { CredentialReader, ReadListener } from "./types.js";

/**
 * Manual code entry as a reader: a form calls `submit(text)`; a malformed code throws CodeFormatError (its message
 * is meant for the person typing) and reports nothing.
 */
export class ManualEntryReader implements CredentialReader {
  readonly source = "manual";
  private onRead?: ReadListener;

  async start(onRead: ReadListener): Promise<void> {
    this.onRead = onRead;
  }

  stop(): void {
    this.onRead = undefined;
  }

  submit(text: string): void {
    const parsed = parseCode(text);
    this.onRead?.({ source: "manual", ...parsed, at: performance.now() });
  }
}
