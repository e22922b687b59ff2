import type { RawValue } from "../model/cell";

/** How a row's index cell is written: the level of numbering it belongs to. */
export type IndexKind = "blank" | "integer" | "dotted" | "roman" | "letter" | "other";

const ROMAN_INDEX = /^(i{1,3}|iv|v|vi{1,3}|ix|x{1,3}|xi{1,3}|xiv|xv)$/;

/**
 * The numbering level of an index cell: 1, 2 (integer), 1.1 (dotted), I, II (roman), a, B (letter).
 * @example readIndexKind("II") === "roman"; readIndexKind(3) === "integer"; readIndexKind("b)") === "letter"
 */
export function readIndexKind(v: RawValue): IndexKind {
  if (v === null || v === undefined) return "blank";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "dotted";
  if (typeof v !== "string") return "other";
  const t = v.trim().replace(/[.):\-–]+$/, "");
  if (t.length === 0) return "blank";
  if (/^\d+$/.test(t)) return "integer";
  if (/^\d+(\.\d+)+$/.test(t)) return "dotted";
  const lower = t.toLowerCase();
  if (ROMAN_INDEX.test(lower)) return "roman";
  if (/^[a-z]$/.test(lower)) return "letter";
  return "other";
}

/** Words that name a place kind, longest first: the first word(s) of a unit or group label. */
const KIND_WORDS = [
  "to dan pho",
  "khu dan cu",
  "thi tran",
  "khu pho",
  "khoi pho",
  "tieu khu",
  "khu vuc",
  "thon",
  "tdp",
  "to",
  "khoi",
  "ban",
  "ap",
  "xom",
  "lang",
  "buon",
  "bon",
  "doi",
  "khom",
  "plei",
  "soc",
  "cum",
  "vung",
  "nhom",
  "xa",
  "phuong",
] as const;

/** Kinds that are never a unit of a commune's table: a commune, a ward, a town, a zone. */
const GROUP_ONLY_KINDS: ReadonlySet<string> = new Set([
  "xa",
  "phuong",
  "thi tran",
  "khu vuc",
  "vung",
  "nhom",
]);

/**
 * The place kind a normalized label starts with, after any enumerator ("I. Xã A" → "xa"), or "" when none.
 * @example readKindWord("khu pho 3") === "khu pho"; readKindWord("lang gio") === "lang"; readKindWord("tan lap") === ""
 */
export function readKindWord(norm: string): string {
  const body = stripEnumerator(norm);
  for (const w of KIND_WORDS) if (body === w || body.startsWith(`${w} `)) return w;
  return "";
}

export function isGroupOnlyKind(kind: string): boolean {
  return GROUP_ONLY_KINDS.has(kind);
}

const ENUMERATOR = /^(i{1,3}|iv|v|vi{1,3}|ix|x{1,3}|[a-h]) /;

/** A normalized label without its leading enumerator ("ii xa a" → "xa a"). */
function stripEnumerator(norm: string): string {
  return norm.replace(ENUMERATOR, "");
}

/** true when a normalized label begins with a roman numeral or a letter as an enumerator ("i xa a", "b thon vung cao"). */
export function hasEnumerator(norm: string): boolean {
  return ENUMERATOR.test(norm) && norm.replace(ENUMERATOR, "").length > 0;
}

const BREAKDOWN_START = /^(trong do|trong so|tr do)( |$)/;
const BREAKDOWN_ITEM = /^[-–—+*•]/;

/**
 * true for a "trong đó" breakdown label (`raw` as written, `norm` its normalizeText): "Trong đó: hộ DTTS", "trong đó", or an item under it ("- Hộ có người có
 * công", "+ Hộ DTTS", "Hộ DTTS") whose words are not a unit's ("- Thôn 1" is a unit listed with a dash). An item on a
 * row numbered like a unit (`indexed`) is a unit named "-2" or "+1", not a breakdown.
 */
export function isBreakdownLabel(raw: string, norm: string, indexed = false): boolean {
  if (BREAKDOWN_START.test(norm)) return true;
  if (indexed) return false;
  if (!BREAKDOWN_ITEM.test(raw.trim())) return /^ho /.test(norm);
  return norm.length > 0 && readKindWord(norm) === "";
}

/**
 * The name a group goes by: its heading without the enumerator ("I. Xã Hưng Thịnh (cũ)" → "Xã Hưng Thịnh (cũ)"), or a
 * sub-total label without "Cộng" ("Cộng xã Hưng Thịnh (cũ)" → "Xã Hưng Thịnh (cũ)"); "" when nothing is left.
 */
export function readGroupName(raw: string): string {
  const text = raw.replace(/\s+/g, " ").trim();
  const body = text
    .replace(/^(tổng cộng|tổng số|tổng|cộng)\s*:?\s*/iu, "")
    .replace(/^([IVX]{1,4}|[A-Ha-h])\s*[.)\-–:]\s*/u, "")
    .trim();
  if (body.length === 0 || /^([IVX]{1,4}|[A-Ha-h])$/u.test(body)) return "";
  return body.charAt(0).toLocaleUpperCase("vi") + body.slice(1);
}
