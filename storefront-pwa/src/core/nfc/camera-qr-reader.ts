import { parseCode } from "./credential-text.js";
import { createFrameDecoder } from "./qr-frame-decoder.js";
import { ReaderError, toReaderError } from "./reader-error.js";
import type { CredentialReader, ReadListener } from "./types.js";

const FRAME_INTERVAL_MS = 150;

/**
 * QR codes through the rear camera. The stream plays into `video` (the host shows it as a viewfinder); a frame is
 * decoded every 150 ms. Codes that are not ours are skipped silently, like a cashier's scanner ignoring a
 * receipt's barcode.
 */
export class CameraQrReader implements CredentialReader {
  readonly source = "camera";
  private stream?: MediaStream;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly video: HTMLVideoElement) {}

  async start(onRead: ReadListener): Promise<void> {
    this.stop();
    if (!navigator.mediaDevices?.getUserMedia) throw new ReaderError("unsupported");
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch (error) {
      throw toReaderError(error, false);
    }
    this.video.srcObject = this.stream;
    this.video.muted = true;
    this.video.playsInline = true;
    await this.video.play();
    const decode = await createFrameDecoder();
    const tick = async (): Promise<void> => {
      const text = await decode(this.video).catch(() => undefined);
      if (text) {
        try {
          onRead({ source: "camera", ...parseCode(text), at: performance.now() });
        } catch {
          // another kind of QR code
        }
      }
      if (this.stream) this.timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
    };
    void tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
    this.video.srcObject = null;
  }
}
