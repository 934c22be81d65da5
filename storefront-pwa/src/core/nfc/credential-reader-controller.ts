import type { ReactiveController, ReactiveControllerHost } from "lit";
import { CameraQrReader } from "./camera-qr-reader.js";
import { ManualEntryReader } from "./manual-entry.js";
import { createNfcReader, nfcAvailable } from "./nfc-devices.js";
import { ReadDebouncer } from "./read-debouncer.js";
import { describeFailure, ReaderError } from "./reader-error.js";
import type { CredentialRead, CredentialReader, ReaderStatus } from "./types.js";
import { WedgeReader } from "./wedge-reader.js";

export interface CredentialReaderOptions {
  /** Called once per tag per second (see ReadDebouncer), whichever reader saw it. */
  onRead: (read: CredentialRead) => void;
  /**
   * Start NFC as soon as the host connects. Web NFC asks permission on the first scan, which needs a user
   * gesture: leave this off and call `startNfc()` from a button unless permission was granted before.
   */
  autoStartNfc?: boolean;
  /** Listen for a keyboard-wedge reader while connected (default true). */
  wedge?: boolean;
}

/**
 * Every way to read a credential, for one element: NFC (Web NFC or the simulation), a keyboard-wedge reader,
 * the camera on demand, and manual entry. Reads are debounced together, so the same wristband seen by NFC and
 * a wedge reader counts once. `nfcStatus`/`cameraStatus` and `message` say plainly what works and what does not.
 */
export class CredentialReaderController implements ReactiveController {
  nfcStatus: ReaderStatus = "idle";
  cameraStatus: ReaderStatus = "idle";
  /** The last failure, in words for people; cleared by the next successful start. */
  message?: string;

  private readonly debouncer = new ReadDebouncer();
  private readonly nfc: CredentialReader = createNfcReader();
  private readonly wedge = new WedgeReader();
  private readonly manual = new ManualEntryReader();
  private camera?: CameraQrReader;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CredentialReaderOptions,
  ) {
    host.addController(this);
    if (!nfcAvailable()) this.nfcStatus = "unsupported";
  }

  hostConnected(): void {
    void this.manual.start(this.deliver);
    if (this.options.wedge !== false) void this.wedge.start(this.deliver);
    if (this.options.autoStartNfc) void this.startNfc();
  }

  hostDisconnected(): void {
    this.nfc.stop();
    this.wedge.stop();
    this.manual.stop();
    this.stopCamera();
    if (this.nfcStatus === "listening") this.nfcStatus = "idle";
  }

  async startNfc(): Promise<void> {
    this.setStatus("nfcStatus", "starting");
    this.setStatus("nfcStatus", await this.run(this.nfc));
  }

  /** Starts the camera into `video` (the element shows it as a viewfinder). */
  async startCamera(video: HTMLVideoElement): Promise<void> {
    this.stopCamera();
    this.camera = new CameraQrReader(video);
    this.setStatus("cameraStatus", "starting");
    this.setStatus("cameraStatus", await this.run(this.camera));
  }

  stopCamera(): void {
    this.camera?.stop();
    this.camera = undefined;
    if (this.cameraStatus === "listening" || this.cameraStatus === "starting") this.setStatus("cameraStatus", "idle");
  }

  /** Manual entry; throws CodeFormatError with a message for the person typing. */
  submitManual(text: string): void {
    this.manual.submit(text);
  }

  private async run(reader: CredentialReader): Promise<ReaderStatus> {
    try {
      await reader.start(this.deliver);
      this.message = undefined;
      return "listening";
    } catch (error) {
      const status = error instanceof ReaderError ? error.status : "failed";
      this.message = error instanceof ReaderError ? error.message : describeFailure("failed");
      return status;
    }
  }

  private setStatus(key: "nfcStatus" | "cameraStatus", status: ReaderStatus): void {
    this[key] = status;
    this.host.requestUpdate();
  }

  private readonly deliver = (read: CredentialRead): void => {
    if (this.debouncer.accept(read)) this.options.onRead(read);
  };
}
