// Draws the app's PNG and ICO icons from the same shapes as public/icon.svg (a blue rounded square
// with a white pulse line), with no image library: the pixels are computed here (4×4 supersampled)
// and written as PNG with node's zlib. Run after changing the SVG's shapes: npx tsx scripts/make-icons.ts
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const BLUE = [0x1d, 0x4e, 0xd8] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
// In the SVG's 32×32 units.
const PULSE: [number, number][] = [[6, 19], [11, 19], [14, 11], [18, 23], [21, 16], [26, 16]];
const STROKE = 2.6;
const RADIUS = 7;

function distanceToSegment(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Inside the square, with corners of radius `r` (0: a full square, as Apple's touch icons want). */
function inSquare(x: number, y: number, r: number) {
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  return x >= 0 && x <= 32 && y >= 0 && y <= 32 && Math.hypot(x - cx, y - cy) <= r;
}

/** RGBA pixels of the icon at `size` px; `inset` shrinks the drawing (a share of the size) inside a full-bleed square. */
function draw(size: number, { radius = RADIUS, inset = 0 } = {}): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let line = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((px + (sx + 0.5) / n) / size) * 32;
          const y = ((py + (sy + 0.5) / n) / size) * 32;
          if (!inSquare(x, y, radius)) continue;
          cover++;
          // The pulse is drawn in a square shrunk by `inset` on each side, centred.
          const ux = (x - 16) / (1 - 2 * inset) + 16;
          const uy = (y - 16) / (1 - 2 * inset) + 16;
          const d = Math.min(...PULSE.slice(1).map((b, i) => distanceToSegment(ux, uy, PULSE[i]!, b)));
          if (d <= STROKE / 2) line++;
        }
      }
      const i = (py * size + px) * 4;
      const share = cover ? line / cover : 0;
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(BLUE[c]! + (WHITE[c]! - BLUE[c]!) * share);
      out[i + 3] = Math.round((cover / (n * n)) * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** An ICO holding PNG images (read by every browser since 2007). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header[e] = size % 256;
    header[e + 1] = size % 256;
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

const sizes = [16, 32, 48];
writeFileSync("public/favicon.ico", ico(sizes.map((size) => ({ size, data: png(size, draw(size)) }))));
// Apple rounds the corners itself and shows transparency as black: a full square.
writeFileSync("public/apple-touch-icon.png", png(180, draw(180, { radius: 0, inset: 0.1 })));
writeFileSync("public/icon-192.png", png(192, draw(192)));
writeFileSync("public/icon-512.png", png(512, draw(512)));
// Android crops "maskable" icons to a circle: full bleed, the drawing inside the middle 80%.
writeFileSync("public/icon-maskable-512.png", png(512, draw(512, { radius: 0, inset: 0.1 })));
console.log("wrote public/favicon.ico, apple-touch-icon.png, icon-192.png, icon-512.png, icon-maskable-512.png");
