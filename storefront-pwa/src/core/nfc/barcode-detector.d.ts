// The Shape Detection API's BarcodeDetector (Chrome on Android, ChromeOS and macOS) is not in TypeScript's DOM lib.
interface DetectedBarcode {
  readonly rawValue: string;
  readonly format: string;
}

declare class BarcodeDetector {
  constructor(options?: { formats?: string[] });
  static getSupportedFormats(): Promise<string[]>;
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}

interface Window {
  BarcodeDetector?: typeof BarcodeDetector;
}
