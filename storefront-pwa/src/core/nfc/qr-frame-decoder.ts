/// <reference path="./barcode-detector.d.ts" />

/** RGBA pixels, as ImageData holds them. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray | Uint8Array;
}

/** Finds the QR code's text in one camera frame, or undefined when the frame has none. */
export type FrameDecoder = (video: HTMLVideoElement) => Promise<string | undefined>;

/**
 * Decodes a QR code from pixels with paulmillr's `qr` decoder (7 KB gzipped, no dependencies), imported on first
 * use so only devices without BarcodeDetector ever download it.
 */
export async function decodeQrPixels(pixels: Pixels): Promise<string | undefined> {
  const { default: decodeQR } = await import("qr/decode.js");
  try {
    return decodeQR({ width: pixels.width, height: pixels.height, data: pixels.data });
  } catch {
    return undefined; // no code in this frame
  }
}

async function nativeDetector(): Promise<BarcodeDetector | undefined> {
  const Detector = window.BarcodeDetector;
  if (!Detector) return undefined;
  const formats = await Detector.getSupportedFormats().catch((): string[] => []);
  return formats.includes("qr_code") ? new Detector({ formats: ["qr_code"] }) : undefined;
}

/** BarcodeDetector where the platform has one for QR codes; otherwise frames are copied to a canvas and decoded. */
export async function createFrameDecoder(): Promise<FrameDecoder> {
  const detector = await nativeDetector();
  if (detector) {
    return async (video) => (await detector.detect(video))[0]?.rawValue;
  }
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("no 2D canvas");
  return (video) => {
    const { videoWidth: width, videoHeight: height } = video;
    if (!width || !height) return Promise.resolve(undefined);
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    return decodeQrPixels(context.getImageData(0, 0, width, height));
  };
}
