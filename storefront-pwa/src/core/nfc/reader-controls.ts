import { html } from "lit";
import { CodeFormatError } from "./credential-text.js";
import type { CredentialReaderController } from "./credential-reader-controller.js";

/** NFC's state in words, with "Start NFC" while it is not listening (Web NFC starts from a tap). */
export function nfcControls(reader: CredentialReaderController) {
  const { nfcStatus } = reader;
  return html`<span>NFC: <strong id="nfc-status">${nfcStatus === "listening" ? "ready, tap a wristband" : nfcStatus}</strong></span>
    ${nfcStatus === "idle" || nfcStatus === "failed" || nfcStatus === "not-permitted"
      ? html`<button type="button" @click=${() => void reader.startNfc()}>Start NFC</button>`
      : null}`;
}

/** The camera switch and, once the camera was asked for, its state. */
export function cameraControls(reader: CredentialReaderController, cameraOn: boolean, toggle: () => void) {
  return html`<button type="button" class="secondary" @click=${toggle}>${cameraOn ? "Stop camera" : "Scan a QR code"}</button>
    ${reader.cameraStatus !== "idle" ? html`<span class="muted">Camera: ${reader.cameraStatus}</span>` : null}`;
}

/**
 * A manual-entry form's submit (its field named `code`): hands the typed code to the reader and empties the field.
 * Returns the words for a code that could not be read, else undefined.
 */
export function submitTypedCode(reader: CredentialReaderController, event: SubmitEvent): string | undefined {
  event.preventDefault();
  const input = (event.target as HTMLFormElement).elements.namedItem("code") as HTMLInputElement;
  try {
    reader.submitManual(input.value);
    input.value = "";
    return undefined;
  } catch (error) {
    return error instanceof CodeFormatError ? error.message : "This code could not be read.";
  }
}
