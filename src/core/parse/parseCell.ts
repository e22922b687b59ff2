import { EXCEL_ERRORS, isCellError } from "../model/cell";
import type { RawValue } from "../model/cell";
import type { ParsedCell } from "../model/tableData";
import { findLeadingNumber, parseNumberText } from "./parseNumberText";
import type { NumberKind } from "./parseNumberText";
import { cleanFloat } from "../rates/cleanFloat";

export type CellSource = {
  readonly raw: RawValue;
  readonly formula: string | null;
  readonly numberFormat: string;
};

const ERROR_STRINGS: ReadonlySet<string> = new Set(EXCEL_ERRORS);
/** A lone dash is how officers write "none" (0) in a count or rate cell. */
const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);

/** true when an Excel number format shows the value as a percentage ("0.00%", "0%"), ignoring quoted text. */
export function isPercentFormat(format: string): boolean {
  let known = PERCENT_FORMATS.get(format);
  if (known === undefined) {
    known = format
      .replace(/"[^"]*"/g, "")
      .replace(/\\./g, "")
      .includes("%");
    if (PERCENT_FORMATS.size < MAX_CACHED_FORMATS) PERCENT_FORMATS.set(format, known);
  }
  return known;
}

/** A workbook has few distinct formats: each is read once (a sheet of 2,000 rows asks ~30,000 times). */
const PERCENT_FORMATS = new Map<string, boolean>();
const DATE_FORMATS = new Map<string, boolean>();
const MAX_CACHED_FORMATS = 1000;

/** true when an Excel number format shows a date or time ("dd/mm/yyyy", "m/d/yy", "[h]:mm"), ignoring quoted text and colours. */
export function isDateFormat(format: string): boolean {
  let known = DATE_FORMATS.get(format);
  if (known === undefined) {
    known = readDateFormat(format);
    if (DATE_FORMATS.size < MAX_CACHED_FORMATS) DATE_FORMATS.set(format, known);
  }
  return known;
}

function readDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:[$]|Red|Black|Blue|Green|White|Yellow|Cyan|Magenta|Color|<|>|=)[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** An Excel serial date (1900 system) as the officer sees it: "15/01/2024". */
function formatSerialDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/**
 * Understand one table cell. Rates come back in percent points: a number under a % format is multiplied by 100
 * (and flagged `fraction`). Text that reads as a number becomes a number with `fromText` (a lone "-" is 0); other text keeps its
 * leading number as `suggestion`. Excel error strings ("#DIV/0!") and CellError values become errors. A number shown
 * as a date (a date typed into a count cell) is text as the officer sees it, with no suggestion: its serial is no count.
 * @example parseCell({ raw: 0.0439, formula: null, numberFormat: "0.00%" }, "rate") // { kind: "number", value: 4.39, fraction: true, … }
 * @example parseCell({ raw: "4 hộ", formula: null, numberFormat: "General" }, "count") // { kind: "text", text: "4 hộ", suggestion: 4 }
 */
export function parseCell(source: CellSource, kind: NumberKind): ParsedCell {
  const fmt =
    source.numberFormat && source.numberFormat !== "General"
      ? { numberFormat: source.numberFormat }
      : {};
  const raw = source.raw;
  if (raw === null || raw === undefined) return { kind: "empty", ...fmt };
  if (isCellError(raw)) return { kind: "error", error: raw.error, ...fmt };
  if (typeof raw === "boolean") return { kind: "boolean", value: raw, ...fmt };
  if (typeof raw === "number") return parseNumber(raw, source, kind, fmt);
  if (typeof raw !== "string") return { kind: "text", text: String(raw), ...fmt };
  // Decomposed text ("khoa\u0309ng 12", from some Mac and web tools) is read as the composed text it shows.
  const text = toComposed(raw).trim();
  if (text.length === 0) return { kind: "empty", ...fmt };
  if (ERROR_STRINGS.has(text.toUpperCase()))
    return { kind: "error", error: text.toUpperCase(), ...fmt };
  const n = DASHES.has(text) ? 0 : parseNumberText(text, kind);
  if (n !== null)
    return { kind: "number", value: n, fromText: true, formula: source.formula, text: raw, ...fmt };
  const suggestion = findLeadingNumber(text, kind);
  const shown = toComposed(raw);
  return suggestion === undefined
    ? { kind: "text", text: shown, ...fmt }
    : { kind: "text", text: shown, suggestion, ...fmt };
}

/** NFC, skipped for plain ASCII (most cells). */
export const toComposed = (text: string): string =>
  /[^ -~\t\n\r]/.test(text) ? text.normalize("NFC") : text;

function parseNumber(
  raw: number,
  source: CellSource,
  kind: NumberKind,
  fmt: { numberFormat?: string }
): ParsedCell {
  if (!Number.isFinite(raw)) return { kind: "error", error: "#NUM!", ...fmt };
  if (isDateFormat(source.numberFormat) && raw >= 1 && raw < 2958466)
    return { kind: "text", text: formatSerialDate(raw), ...fmt };
  if (kind === "rate" && isPercentFormat(source.numberFormat)) {
    const value = cleanFloat(raw * 100);
    if (!Number.isFinite(value)) return { kind: "error", error: "#NUM!", ...fmt };
    return {
      kind: "number",
      value,
      fromText: false,
      formula: source.formula,
      fraction: true,
      ...fmt,
    };
  }
  return { kind: "number", value: raw, fromText: false, formula: source.formula, ...fmt };
}
