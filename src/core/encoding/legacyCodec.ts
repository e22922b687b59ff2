import { TCVN3_VN1_UPPER, TCVN3_VN3 } from "./tcvn3Table";
import type { LegacyEncoding } from "./types";
import { VNI_MARKS, VNI_SINGLES } from "./vniTable";

/** Letter of each code 0x00–0xFF ("" where TCVN3 keeps the character as it is). */
const TCVN3_DECODE: readonly string[] = (() => {
  const table = new Array<string>(0x100).fill("");
  for (const [code, letter] of [...TCVN3_VN3, ...TCVN3_VN1_UPPER]) table[code] = letter;
  return table;
})();
/** Windows-1252's characters above Latin-1's C1 gap (punctuation such as “ ” – …): legacy bytes 0x80–0x9F in a cell. */
export const CP1252_HIGH: ReadonlySet<string> = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
/** Characters both encodings keep as they are: ASCII and the Windows punctuation. */
const isKept = (ch: string): boolean => ch.charCodeAt(0) < 0x80 || CP1252_HIGH.has(ch);

const TCVN3_ENCODE = new Map<string, string>(
  [...TCVN3_VN3, ...TCVN3_VN1_UPPER].map(([code, letter]) => [letter, String.fromCharCode(code)])
);

const VNI_SINGLE_DECODE = new Map<string, string>();
for (const [byte, letter] of VNI_SINGLES) {
  VNI_SINGLE_DECODE.set(byte, letter);
  VNI_SINGLE_DECODE.set(byte.toUpperCase(), letter.toUpperCase());
}
/** "aá" → "ấ" etc.: every base letter + mark byte, both cases, and back. */
const VNI_PAIR_DECODE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();
for (const [byte, letter] of VNI_SINGLES) {
  VNI_ENCODE.set(letter, byte);
  VNI_ENCODE.set(letter.toUpperCase(), byte.toUpperCase());
}
const VNI_BASE_BYTE: Readonly<Record<string, string>> = { ơ: "ô", ư: "ö" };
for (const [mark, combining, bases] of VNI_MARKS) {
  for (const base of bases) {
    const letter = (base + combining).normalize("NFC");
    const baseByte = VNI_BASE_BYTE[base] ?? base;
    for (const upper of [false, true]) {
      const b = upper ? baseByte.toUpperCase() : baseByte;
      const l = upper ? letter.toUpperCase() : letter;
      VNI_PAIR_DECODE.set(b + (upper ? mark.toUpperCase() : mark), l);
      // a lowercase mark after a capital (typed that way by some keyboards) reads the same
      VNI_PAIR_DECODE.set(b + mark, upper ? l : letter);
      VNI_ENCODE.set(l, b + (upper ? mark.toUpperCase() : mark));
    }
  }
}

/**
 * TCVN3 text (as Excel stores it) to Unicode. `uppercase`: the cell's font is an uppercase-only .Vn…H font, so
 * what the officer sees, and what this returns, is in capitals.
 * @example decodeTcvn3("Tæng sè hé") === "Tổng số hộ"; decodeTcvn3("phô lôc", { uppercase: true }) === "PHỤ LỤC"
 */
export function decodeTcvn3(text: string, opts: { readonly uppercase?: boolean } = {}): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = c < 0x100 ? (TCVN3_DECODE[c] ?? "") : "";
    if (letter === "") continue;
    out += text.slice(from, i) + letter;
    from = i + 1;
  }
  out = from === 0 ? text : out + text.slice(from);
  return opts.uppercase === true ? out.toUpperCase() : out;
}

/**
 * VNI-Windows text (as Excel stores it) to Unicode.
 * @example decodeVni("Toång soá hoä") === "Tổng số hộ"
 */
export function decodeVni(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_PAIR_DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const ch = text.charAt(i);
    out += VNI_SINGLE_DECODE.get(ch) ?? ch;
  }
  return out;
}

export function decodeLegacyText(
  text: string,
  encoding: LegacyEncoding,
  opts: { readonly uppercase?: boolean } = {}
): string {
  const normalized = encoding === "tcvn3" ? decodeTcvn3(text, opts) : decodeVni(text);
  return encoding === "vni" && opts.uppercase === true ? normalized.toUpperCase() : normalized;
}

/**
 * Unicode to TCVN3, or null when the text has a letter TCVN3 cannot hold. `uppercase`: encode for an
 * uppercase-only .Vn…H font (the text is written with the lowercase codes, which that font draws as capitals);
 * without it, an uppercase toned letter outside VN1's 0xA0–0xFF positions (e.g. "Ủ") cannot be written.
 * Used by tests and the fixture generator; the add-in itself only ever converts to Unicode.
 * @example encodeTcvn3("Tổng số hộ") === "Tæng sè hé"
 */
export function encodeTcvn3(
  text: string,
  opts: { readonly uppercase?: boolean } = {}
): string | null {
  const source = (opts.uppercase === true ? text.toLowerCase() : text).normalize("NFC");
  let out = "";
  for (const ch of source) {
    const code = TCVN3_ENCODE.get(ch);
    if (code !== undefined) out += code;
    else if (isKept(ch)) out += ch;
    else return null;
  }
  return out;
}

/**
 * Unicode to VNI-Windows, or null when the text has a character VNI cannot hold (tests and the fixture generator).
 * @example encodeVni("Tổng số hộ") === "Toång soá hoä"
 */
export function encodeVni(text: string): string | null {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = VNI_ENCODE.get(ch);
    if (code !== undefined) out += code;
    else if (isKept(ch)) out += ch;
    else return null;
  }
  return out;
}
