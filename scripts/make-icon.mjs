#!/usr/bin/env node
// Draws images/icon.png (128x128, the Marketplace size): a Kubernetes-blue heptagon (the
// project's "wheel") holding two container boxes, the sidecar, and a check mark. Plain Node
// (zlib) so no image tool is needed; 4x4 supersampling for smooth edges. Run once, commit the PNG.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SS = 4;
const BLUE = [50, 108, 229];
const WHITE = [255, 255, 255];
const GREEN = [46, 204, 113];

const heptagon = Array.from({ length: 7 }, (_, i) => {
  const a = -Math.PI / 2 + (i * 2 * Math.PI) / 7;
  return [64 + 60 * Math.cos(a), 66 + 60 * Math.sin(a)];
});
function insidePolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
function distToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The colour at one sample point, or undefined for transparent. Later layers win. */
function sample(x, y) {
  let colour;
  if (insidePolygon(x, y, heptagon)) colour = BLUE;
  if (inRect(x, y, 30, 36, 70, 84) && !inRect(x, y, 35, 41, 65, 79)) colour = WHITE; // app container
  if (inRect(x, y, 76, 36, 98, 84) && !inRect(x, y, 81, 41, 93, 79)) colour = WHITE; // sidecar
  const check = [[52, 92], [66, 106], [100, 74]];
  if (distToSegment(x, y, check[0], check[1]) < 7 || distToSegment(x, y, check[1], check[2]) < 7) colour = GREEN;
  return colour;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, covered = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const c = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
      if (c) { r += c[0]; g += c[1]; b += c[2]; covered++; }
    }
    if (covered) row.set([Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round((255 * covered) / (SS * SS))], 1 + px * 4);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
fs.writeFileSync(out, png);
console.log(`icon: ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
