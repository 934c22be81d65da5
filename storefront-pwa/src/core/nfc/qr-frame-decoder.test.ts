import encodeQR from "qr";
import { toQrText } from "@tessera/credentials/codec";
import { parseCode } from "./credential-text.js";
import { testCredential } from "./nfc-test-credential.js";
import { decodeQrPixels } from "./qr-frame-decoder.js";

/** Draws a QR matrix as RGBA pixels (dark modules black), with a quiet zone, `scale` pixels per module. */
function rasterise(matrix: boolean[][], scale = 4, quiet = 4) {
  const size = (matrix.length + quiet * 2) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }),
  );
  return { width: size, height: size, data };
}

describe("decodeQrPixels (the camera fallback where BarcodeDetector is missing)", () => {
  it("should read a ticket's QR code back to the same credential bytes", async () => {
    const credential = await testCredential();
    const text = await decodeQrPixels(rasterise(encodeQR(toQrText(credential), "raw")));
    expect(text).toBe(toQrText(credential));
    expect(parseCode(text ?? "")).toEqual({ credential });
  });

  it("should answer undefined for a frame without a code", async () => {
    expect(await decodeQrPixels({ width: 64, height: 64, data: new Uint8ClampedArray(64 * 64 * 4).fill(255) })).toBeUndefined();
  });
});
