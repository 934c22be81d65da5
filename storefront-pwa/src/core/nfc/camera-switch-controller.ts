import type { ReactiveControllerHost } from "lit";
import type { CredentialReaderController } from "./credential-reader-controller.js";

/**
 * The camera QR reader turned on and off from a button: `on` shows the host's <video>, which exists only after
 * the next render, so the camera starts once that render is done.
 */
export class CameraSwitchController {
  on = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly reader: CredentialReaderController,
    private readonly video: () => HTMLVideoElement | null | undefined,
  ) {}

  async toggle(): Promise<void> {
    if (this.on) return this.stop();
    this.on = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const video = this.video();
    if (video) await this.reader.startCamera(video);
  }

  stop(): void {
    if (!this.on) return;
    this.reader.stopCamera();
    this.on = false;
    this.host.requestUpdate();
  }
}
