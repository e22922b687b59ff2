import {
  ASPECT_VOCABULARY,
  containsAny,
  END_OF_YEAR_PHRASES,
  INDEX_TEXTS,
  matchVocabulary,
  MEASURE_VOCABULARY,
  POOR_WORDS,
  SUBJECT_VOCABULARY,
  UNIT_CORE,
  UNIT_WORDS,
} from "./headerVocabulary";
import type { Aspect, Subject } from "./headerVocabulary";

export type { Aspect, Subject } from "./headerVocabulary";

/** What one header text (already normalized) says about its column. */
export type HeaderFeatures = {
  readonly index: boolean;
  readonly unit: boolean;
  readonly subject?: Subject;
  /** true when the subject is only the generic "số hộ", which a group header may refine. */
  readonly weakSubject: boolean;
  readonly measure?: "rate" | "count";
  readonly aspect?: Aspect;
  /** "cuối năm" without an explicit aspect: projected when under a cut group. */
  readonly endOfYear: boolean;
  /** The text names the poor or near-poor ("Số khẩu nghèo"), whatever its subject. */
  readonly aboutPoor: boolean;
};

/** true when the whole text names the unit column: "Thôn", "Tổ dân phố", "Thôn/TDP", "Đơn vị", "Tên thôn", "Xóm", … */
export function isUnitHeaderText(norm: string): boolean {
  if (norm.length === 0 || norm.length > 40) return false;
  const space = norm.indexOf(" ");
  if (!UNIT_WORDS.has(space < 0 ? norm : norm.slice(0, space))) return false;
  const words = norm.split(" ");
  if (words.length > 7) return false;
  return words.every((w) => UNIT_WORDS.has(w)) && words.some((w) => UNIT_CORE.has(w));
}

export function isIndexHeaderText(norm: string): boolean {
  return INDEX_TEXTS.has(norm);
}

/**
 * Read the features of one normalized header text (the words are in headerVocabulary.ts).
 * @example readHeaderFeatures("ty le giam %") // { measure: "rate", aspect: "cut", … }
 */
export function readHeaderFeatures(norm: string): HeaderFeatures {
  const p = ` ${norm} `;
  const subject = matchVocabulary(p, SUBJECT_VOCABULARY);
  const aspect = matchVocabulary(p, ASPECT_VOCABULARY);
  const measure = matchVocabulary(p, MEASURE_VOCABULARY);
  return {
    index: isIndexHeaderText(norm),
    unit: isUnitHeaderText(norm),
    weakSubject: subject?.weak ?? false,
    endOfYear: aspect === undefined && containsAny(p, END_OF_YEAR_PHRASES),
    aboutPoor: containsAny(p, POOR_WORDS),
    ...(subject ? { subject: subject.subject } : {}),
    ...(measure ? { measure } : {}),
    ...(aspect ? { aspect } : {}),
  };
}

/** true when a text looks like part of an appendix header (used to accept group rows above the unit header). */
export function isHeaderLikeText(norm: string): boolean {
  const f = readHeaderFeatures(norm);
  return (
    f.subject !== undefined || f.measure === "rate" || f.aspect !== undefined || f.index || f.unit
  );
}
