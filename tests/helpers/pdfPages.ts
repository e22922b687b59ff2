/**
 * The pages of a PDF and their sizes, read from its page objects (`/Type /Page … /MediaBox [x0 y0 x1 y1]`). Enough
 * for the PDFs LibreOffice writes (uncompressed object dictionaries); a test helper, not a PDF parser.
 */
import * as fs from "fs";
import * as zlib from "zlib";

export type PdfPage = { readonly width: number; readonly height: number };

const PAGE = /\/Type\s*\/Page(?![a-zA-Z])/g;
const MEDIA_BOX = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/;

/** Every page (in file order) with its size in points; A4 is 595 × 842. */
export function readPdfPages(file: string): PdfPage[] {
  const text = fs.readFileSync(file).toString("latin1");
  const objects = text.split(/\bendobj\b/);
  const pagesBox = objects
    .filter((o) => /\/Type\s*\/Pages\b/.test(o))
    .map((o) => MEDIA_BOX.exec(o))
    .find((m) => m !== null);
  const pages: PdfPage[] = [];
  for (const o of objects) {
    PAGE.lastIndex = 0;
    if (!PAGE.test(o)) continue;
    const m = MEDIA_BOX.exec(o) ?? pagesBox;
    if (!m) throw new Error("a PDF page without a MediaBox");
    const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    pages.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0) });
  }
  return pages;
}

/** A4 landscape (842 × 595 points, ± 2). */
export const isA4Landscape = (p: PdfPage): boolean =>
  Math.abs(p.width - 842) <= 2 && Math.abs(p.height - 595) <= 2;

/**
 * The font sizes (points, as `/F… size Tf`) the PDF's page content draws text at, from its Flate-compressed content
 * streams — how large the text really prints, whatever the scale that produced it.
 */
export function readPdfFontSizes(file: string): number[] {
  const sizes: number[] = [];
  for (const text of inflatedStreams(file))
    for (const m of text.matchAll(/\/F\d+\s+([\d.]+)\s+Tf/g)) sizes.push(Number(m[1]));
  return sizes;
}

/** Every stream of the PDF that inflates (content streams, CMaps, …) as latin1 text. */
export function inflatedStreams(file: string): string[] {
  const data = fs.readFileSync(file);
  const text = data.toString("latin1");
  const out: string[] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) continue;
    try {
      out.push(zlib.inflateSync(data.subarray(start, end)).toString("latin1"));
    } catch {
      // not a Flate stream (an image, a font program): no text drawn there
    }
  }
  return out;
}
