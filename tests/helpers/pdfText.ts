/**
 * The text a PDF draws, decoded through its fonts' ToUnicode CMaps — enough for the PDFs LibreOffice writes (Flate
 * content streams, one-byte codes, `bfchar`/`bfrange` maps, `Tj`/`TJ` with hex strings); a test helper, not a PDF
 * parser. Spacing is not reconstructed: compare with `normalized`.
 */
import * as fs from "fs";
import * as zlib from "zlib";

type PdfObject = { readonly dict: string; readonly stream: string | null };

function objectsOf(file: string): Map<number, PdfObject> {
  const data = fs.readFileSync(file);
  const text = data.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+)\s+0\s+obj\b/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const s = /stream\r?\n/.exec(body);
    let stream: string | null = null;
    if (s) {
      const from = start + s.index + s[0].length;
      try {
        stream = zlib
          .inflateSync(data.subarray(from, text.indexOf("endstream", from)))
          .toString("latin1");
      } catch {
        stream = null; // not Flate (a font program, an image)
      }
    }
    objects.set(Number(m[1]), { dict: s ? body.slice(0, s.index) : body, stream });
  }
  return objects;
}

/** code → text of one ToUnicode CMap. */
function cmapOf(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of (block[1] ?? "").matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(m[1] as string, 16), utf16(m[2] as string));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of (block[1] ?? "").matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g
    )) {
      const [lo, hi, first] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16)) as [
        number,
        number,
        number,
      ];
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(first + c - lo));
    }
  return map;
}

/** Everything the PDF's pages draw as text, in drawing order, without spaces between runs. */
export function readPdfText(file: string): string {
  const objects = objectsOf(file);
  const fonts = new Map<string, Map<number, string>>();
  // font resources, inline or in their own object: "/F1 25 0 R" naming a font with a ToUnicode map
  for (const o of objects.values())
    for (const m of o.dict.matchAll(/\/(\w+)\s+(\d+)\s+0\s+R/g)) {
      const font = objects.get(Number(m[2]))?.dict ?? "";
      const ref = /\/Type\s*\/Font\b/.test(font) ? /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font) : null;
      const cmap = ref ? objects.get(Number(ref[1]))?.stream : null;
      if (cmap) fonts.set(m[1] as string, cmapOf(cmap));
    }
  let out = "";
  for (const o of objects.values()) {
    if (!o.stream || !/\bTf\b/.test(o.stream)) continue;
    let font = new Map<number, string>();
    for (const m of o.stream.matchAll(
      /\/(\w+)\s+[\d.]+\s+Tf|(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)/g
    )) {
      if (m[1]) font = fonts.get(m[1]) ?? new Map();
      else
        for (const hex of (m[2] ?? "").matchAll(/<([0-9A-Fa-f]*)>/g))
          for (const code of (hex[1] ?? "").match(/../g) ?? [])
            out += font.get(parseInt(code, 16)) ?? "";
    }
  }
  return out;
}

/** Text without whitespace, NFC — to find a cell's words in `readPdfText`'s output. */
export const normalized = (s: string): string => s.normalize("NFC").replace(/\s+/g, "");
