import type { RawValue } from "../model/cell";
import { normalizeText } from "../text/normalizeText";
import { ENGLISH_GLOSS_WORDS } from "./headerVocabulary";

/**
 * The normalized text of a cell value; numbers, booleans, errors and blanks give "". An English gloss written beside
 * the Vietnamese ("STT / No.", "Thôn / Village", "Số hộ nghèo\nPoor households") is left out, so the header keeps
 * its role; a text written only in English is kept whole.
 */
export function toNormText(v: RawValue): string {
  if (typeof v !== "string" || v.length >= 400) return "";
  if (!GLOSS_SEPARATOR.test(v)) return normalizeText(v);
  const parts = v.split(GLOSS_SEPARATOR).map(normalizeText);
  const own = parts.filter((p) => p.length > 0 && !isEnglishGloss(p));
  return own.length > 0 && own.length < parts.filter((p) => p.length > 0).length
    ? own.join(" ")
    : normalizeText(v);
}

/** Where a header puts its translation: after a slash or on its own line. */
const GLOSS_SEPARATOR = /[/\n]/;

const isEnglishGloss = (norm: string): boolean =>
  norm.split(" ").every((w) => ENGLISH_GLOSS_WORDS.has(w));

export function isBlank(v: RawValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim().length === 0);
}
