import { parseCode } from "./credential-text.js";
import type { CredentialReader, ReadListener } from "./types.js";
import { WedgeBuffer } from "./wedge-buffer.js";

function isEditable(target: EventTarget | null): boolean {
  const element = target instanceof Element ? target : null;
  return !!element && (element.matches("input, textarea, select") || (element as HTMLElement).isContentEditable);
}

/**
 * A USB or Bluetooth reader in keyboard mode: listens to keys on the window. Keys typed into a form field are
 * left to that field (manual entry reads them itself); bursts that do not parse as a code are ignored.
 */
export class WedgeReader implements CredentialReader {
  readonly source = "wedge";
  private abort?: AbortController;

  async start(onRead: ReadListener): Promise<void> {
    this.stop();
    const abort = new AbortController();
    this.abort = abort;
    const buffer = new WedgeBuffer();
    window.addEventListener(
      "keydown",
      (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.composedPath()[0] ?? null)) return;
        const code = buffer.feed(event.key, event.timeStamp);
        if (code === undefined) return;
        try {
          onRead({ source: "wedge", ...parseCode(code), at: performance.now() });
        } catch {
          // a fast burst that is not a code (a barcode from something else): nothing to report
        }
      },
      { capture: true, signal: abort.signal },
    );
  }

  stop(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}
