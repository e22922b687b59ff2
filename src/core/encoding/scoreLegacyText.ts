import { isVietnameseWord } from "./isVietnameseWord";
import { decodeLegacyText } from "./legacyCodec";
import type { LegacyEncoding } from "./types";

/** Windows-1252's characters above Latin-1's C1 gap: what legacy bytes 0x80–0x9F become in a cell. */
const CP1252_HIGH = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

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

export function countVietnameseWords(text: string): number {
  let n = 0;
  for (const w of text.split(SEPARATORS)) if (w !== "" && isVietnameseWord(w)) n++;
  return n;
}

export type LegacyScore = {
  readonly decoded: string;
  /** Valid Vietnamese words after decoding minus before: > 0 means the text reads better decoded. */
  readonly gain: number;
};

/**
 * How much better the text reads decoded from `encoding`.
 * @example scoreLegacyText("Tæng sè hé", "tcvn3") // { decoded: "Tổng số hộ", gain: 1 }
 */
export function scoreLegacyText(
  text: string,
  encoding: LegacyEncoding,
  uppercase = false
): LegacyScore {
  const decoded = decodeLegacyText(text, encoding, { uppercase });
  if (decoded === text) return { decoded, gain: 0 };
  return { decoded, gain: countVietnameseWords(decoded) - countVietnameseWords(text) };
}
