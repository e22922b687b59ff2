import { isVietnameseWord } from "./isVietnameseWord";
import { CP1252_HIGH, decodeLegacyText } from "./legacyCodec";
import type { LegacyEncoding } from "./types";

/**
 * Whether text can be legacy-encoded at all: every character is one a Windows-1252 byte turns into (Excel stores
 * .VnTime / VNI-Times text that way). Any other character (ư, ạ, ế …) means the text is Unicode.
 */
export function isSingleByteText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x100 && !CP1252_HIGH.has(text.charAt(i))) return false;
  }
  return true;
}

/** Words: runs of letters, split at spaces, ASCII digits and punctuation, and Windows punctuation (“ ” – …). */
const SEPARATORS = /[\s!-@[-`{-~\u00a0\u2013\u2014\u2018-\u201e\u2022\u2026]+/u;

/** Per encoding and word, what decoding the word gains; shared by the scoring of one grid (its cells repeat words). */
export type WordCache = Map<string, number>;

const NON_ASCII = /[\u0080-\u00ff]/;

/** "×" / "÷" between numbers or brackets is arithmetic ("(6)=(5)/(4)×100"), not a TCVN3 "ì" / "÷" letter. */
const ARITHMETIC_SIGN = /(?<=[\d)\]]\s*)[×÷](?=\s*[\d([])/gu;

export function countVietnameseWords(text: string): number {
  let n = 0;
  for (const w of text.split(SEPARATORS)) if (w !== "" && isVietnameseWord(w)) n++;
  return n;
}

/**
 * How much better the text reads decoded from `encoding`: valid Vietnamese words after decoding minus before
 * (> 0: it reads better decoded). Scored word by word, which is exact: both encodings decode within a word.
 * @example scoreLegacyText("Tæng sè hé", "tcvn3") === 1 // "Tổng số hộ": "Tæng" becomes a word, "sè" and "hé" stay words
 */
export function scoreLegacyText(
  text: string,
  encoding: LegacyEncoding,
  uppercase = false,
  cache: WordCache = new Map()
): number {
  let gain = 0;
  for (const w of text.replace(ARITHMETIC_SIGN, " ").split(SEPARATORS)) {
    if (w === "" || (!uppercase && !NON_ASCII.test(w))) continue;
    const key = `${encoding}${uppercase ? "H" : ""}\u0000${w}`;
    let g = cache.get(key);
    if (g === undefined) {
      const decoded = decodeLegacyText(w, encoding, { uppercase });
      g = decoded === w ? 0 : Number(isVietnameseWord(decoded)) - Number(isVietnameseWord(w));
      cache.set(key, g);
    }
    gain += g;
  }
  return gain;
}
