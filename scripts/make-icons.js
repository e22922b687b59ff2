#!/usr/bin/env node
"use strict";
/**
 * Draw the add-in icons (assets/icon-16.png, -32, -64, -80) without any image library: a rounded green tile
 * with a white bar chart whose last bar is lower (a falling poverty rate), encoded as PNG with zlib.
 * Usage: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GREEN = [0x21, 0x73, 0x46, 255]; // Excel green
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function insideRoundedSquare(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function drawIcon(size) {
  const px = Buffer.alloc(size * size * 4);
  const radius = size * 0.18;
  const bars = [0.55, 0.75, 0.4]; // heights as a share of the chart area
  const margin = size * 0.2;
  const area = size - 2 * margin;
  const gap = area * 0.12;
  const barW = (area - gap * (bars.length - 1)) / bars.length;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      let color = insideRoundedSquare(cx, cy, size, radius) ? GREEN : CLEAR;
      if (color === GREEN) {
        bars.forEach((h, i) => {
          const left = margin + i * (barW + gap);
          const top = margin + area * (1 - h);
          if (cx >= left && cx < left + barW && cy >= top && cy < margin + area) color = WHITE;
        });
      }
      px.set(color, (y * size + x) * 4);
    }
  }
  return encodePng(size, px);
}

const outDir = path.resolve(__dirname, "../assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
