#!/usr/bin/env node
// Draws the Tessera brand mark (a "T" laid in mosaic tiles) and writes the PWA icons as PNG files.
// No image library: shapes are rasterised with 4x4 supersampling and encoded with node:zlib.
// Usage: node scripts/make-icons.mjs   (writes public/icons/{icon-192,icon-512,maskable-512}.png)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const BACKGROUND = [0x37, 0x30, 0xa3]; // indigo, also the manifest's theme_color #3730a3
const TILE_COLOURS = [
  [0xfb, 0xbf, 0x24], // amber
  [0xf8, 0xfa, 0xfc], // cream
  [0x2d, 0xd4, 0xbf], // teal
];
// Grid cells [column, row] of a 3x3 grid that form the "T", each with a tile colour index.
const T_CELLS = [
  [0, 0, 0],
  [1, 0, 1],
  [2, 0, 2],
  [1, 1, 0],
  [1, 2, 2],
];
const SUBSAMPLES = 4;

/** Signed-distance style test: is point (x, y) inside the rounded rectangle? Coordinates are 0..1. */
function inRoundedRect(x, y, { left, top, size, radius }) {
  const right = left + size;
  const bottom = top + size;
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The shapes of one icon, back to front. A maskable icon is full-bleed with the mark inside the safe zone. */
function shapes(maskable) {
  const background = maskable
    ? { left: 0, top: 0, size: 1, radius: 0 }
    : { left: 0, top: 0, size: 1, radius: 0.2 };
  const markSize = maskable ? 0.46 : 0.62;
  const origin = (1 - markSize) / 2;
  const cell = markSize / 3;
  const gap = cell * 0.12;
  const tiles = T_CELLS.map(([column, row, colour]) => ({
    rect: {
      left: origin + column * cell + gap / 2,
      top: origin + row * cell + gap / 2,
      size: cell - gap,
      radius: (cell - gap) * 0.18,
    },
    colour: TILE_COLOURS[colour],
  }));
  return [{ rect: background, colour: BACKGROUND }, ...tiles];
}

/** Rasterises the shapes into straight (non-premultiplied) RGBA pixels. */
function rasterise(size, maskable) {
  const layers = shapes(maskable);
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { rect, colour } of layers) {
        let hits = 0;
        for (let sy = 0; sy < SUBSAMPLES; sy++) {
          for (let sx = 0; sx < SUBSAMPLES; sx++) {
            const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
            const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
            if (inRoundedRect(x, y, rect)) hits++;
          }
        }
        const coverage = hits / samples;
        if (coverage === 0) continue;
        // "source over" compositing of an opaque colour with the given coverage.
        const outA = coverage + a * (1 - coverage);
        r = (colour[0] * coverage + r * a * (1 - coverage)) / outA;
        g = (colour[1] * coverage + g * a * (1 - coverage)) / outA;
        b = (colour[2] * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      const offset = (py * size + px) * 4;
      pixels[offset] = Math.round(r);
      pixels[offset + 1] = Math.round(g);
      pixels[offset + 2] = Math.round(b);
      pixels[offset + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309), as PNG requires over a chunk's type and data. */
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as an 8-bit truecolour-with-alpha PNG (filter type 0 on every row). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let row = 0; row < size; row++) {
    raw[row * (stride + 1)] = 0;
    pixels.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { file: "icon-192.png", size: 192, maskable: false },
  { file: "icon-512.png", size: 512, maskable: false },
  { file: "maskable-512.png", size: 512, maskable: true },
];

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
mkdirSync(outDir, { recursive: true });
for (const { file, size, maskable } of ICONS) {
  const png = encodePng(size, rasterise(size, maskable));
  writeFileSync(join(outDir, file), png);
  console.log(`wrote public/icons/${file} (${size}x${size}, ${png.length} bytes)`);
}
