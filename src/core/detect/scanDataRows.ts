import type { GridReader } from "../grid/createGridReader";
import type { RawValue } from "../model/cell";
import { isCellError } from "../model/cell";
import type { ColumnMap } from "../model/table";
import { parseNumberText } from "../parse/parseNumberText";
import { isBlank, toNormText } from "./cellText";
import { isUnitHeaderText } from "./headerFeatures";
import { isColumnNumberRow } from "./isColumnNumberRow";
import { isNoteLabel, isSubheadingLabel, isSubtotalLabel, isTotalsLabel } from "./rowLabels";

export type DataRows = { readonly unitRows: readonly number[]; readonly totalsRow: number | null };

export type ScanSpan = { readonly start: number; readonly left: number; readonly right: number };

type RowKind = "blank" | "end" | "totals" | "subheading" | "skip" | "unit" | "pending";

const MAX_BLANK_RUN = 5;
const PEEK_ROWS = 3;

/**
 * Walk down from the row after the header and sort rows into units, a totals row (above or below the data),
 * sub-headings and sub-totals (skipped), blank rows and the end of the table (a note/signature line, a new header,
 * the totals row after the data, or a long blank gap). Rows with a label but no numbers are kept only if more units
 * follow. A "Cộng"/"Tổng" row followed by more units is a sub-total, not the totals row.
 */
export function scanDataRows(reader: GridReader, span: ScanSpan, columns: ColumnMap): DataRows {
  const classify = buildClassifier(reader, span, columns);
  const unitRows: number[] = [];
  let pending: number[] = [];
  let totalsRow: number | null = null;
  let lastTotals: number | null = null;
  let blankRun = 0;
  for (let r = span.start; r <= reader.bottom; r++) {
    const kind = classify(r);
    if (kind === "blank") {
      if (++blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    if (kind === "end") break;
    if (kind === "totals") {
      if (unitRows.length === 0) {
        totalsRow ??= r;
        continue;
      }
      lastTotals = r;
      if (continuesAfter(classify, r, reader.bottom)) continue;
      totalsRow = r;
      break;
    }
    if (kind === "unit") {
      unitRows.push(...pending, r);
      pending = [];
    } else if (kind === "pending") pending.push(r);
  }
  const lastUnit = unitRows[unitRows.length - 1] ?? 0;
  if (totalsRow === null && lastTotals !== null && lastTotals > lastUnit) totalsRow = lastTotals;
  if (totalsRow === null) return findUnlabelledTotals(reader, columns, unitRows);
  return { unitRows, totalsRow };
}

function continuesAfter(classify: (r: number) => RowKind, r: number, bottom: number): boolean {
  for (let k = r + 1; k <= Math.min(bottom, r + PEEK_ROWS); k++) {
    const kind = classify(k);
    if (kind === "blank") continue;
    return kind === "unit" || kind === "subheading" || kind === "totals";
  }
  return false;
}

function buildClassifier(
  reader: GridReader,
  span: ScanSpan,
  columns: ColumnMap
): (r: number) => RowKind {
  const unitCol = columns.unit as number;
  const labelCols = [unitCol, columns.index].filter((c): c is number => c !== undefined);
  const valueCols = Object.entries(columns)
    .filter(([role]) => role !== "unit" && role !== "index")
    .map(([, c]) => c as number);
  return (r) => {
    if (isBlankRow(reader, r, span)) return "blank";
    if (isColumnNumberRow(reader, r, span.left, span.right)) return "skip";
    const hasNumbers = valueCols.some((c) => isNumberish(reader.raw(r, c)));
    if (!hasNumbers && isNoteLabel(firstText(reader, r, span))) return "end";
    if (!hasNumbers && isUnitHeaderText(toNormText(reader.raw(r, unitCol)))) return "end";
    const labels = labelCols.map((c) => toNormText(reader.spread(r, c)));
    if (labels.some(isTotalsLabel)) return "totals";
    if (labels.some(isSubtotalLabel)) return "subheading";
    const label = labels.find((l) => l.length > 0) ?? "";
    if (hasNumbers) return "unit";
    if (label.length === 0) return "skip";
    return isSubheadingLabel(label) || isWideMerge(reader, r, labelCols) ? "subheading" : "pending";
  };
}

/**
 * The arithmetic of a totals row: with no totals label found, a last (or first) row whose households and poor equal
 * the sums of the other rows is the totals row — unlabelled, or under a label the vocabulary does not know
 * ("Cộng chung", "Tổng hợp") when there are enough rows for the coincidence to be impossible in practice.
 */
function findUnlabelledTotals(
  reader: GridReader,
  columns: ColumnMap,
  unitRows: readonly number[]
): DataRows {
  const labelCols = [columns.unit, columns.index].filter((c): c is number => c !== undefined);
  const countCols = [columns.households, columns.poor].filter((c): c is number => c !== undefined);
  if (countCols.length === 0 || unitRows.length < 3) return { unitRows, totalsRow: null };
  const labelled = (r: number): boolean =>
    labelCols.some((c) => c !== columns.index && !isBlank(reader.spread(r, c)));
  const isSumOf = (row: number, body: readonly number[]): boolean =>
    (!labelled(row) || body.length >= MIN_UNITS_FOR_LABELLED_SUM) &&
    countCols.every((c) => {
      const total = readCount(reader.raw(row, c));
      let sum = 0;
      for (const r of body) {
        const v = readCount(reader.raw(r, c));
        if (v === undefined) return false;
        sum += v;
      }
      return total !== undefined && Math.abs(total - sum) < 1e-9;
    }) &&
    countCols.some((c) => (readCount(reader.raw(row, c)) ?? 0) > 0);
  const last = unitRows[unitRows.length - 1] as number;
  const first = unitRows[0] as number;
  if (isSumOf(last, unitRows.slice(0, -1)))
    return { unitRows: unitRows.slice(0, -1), totalsRow: last };
  if (isSumOf(first, unitRows.slice(1))) return { unitRows: unitRows.slice(1), totalsRow: first };
  return { unitRows, totalsRow: null };
}

/** With fewer units, a labelled row equal to the sum of the others may be a real unit. */
const MIN_UNITS_FOR_LABELLED_SUM = 3;

function readCount(v: RawValue): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string") return parseNumberText(v, "count") ?? undefined;
  return undefined;
}

function isBlankRow(reader: GridReader, r: number, span: ScanSpan): boolean {
  for (let c = span.left; c <= span.right; c++) if (!isBlank(reader.raw(r, c))) return false;
  return true;
}

function firstText(reader: GridReader, r: number, span: ScanSpan): string {
  for (let c = span.left; c <= span.right; c++) {
    const v = reader.raw(r, c);
    if (!isBlank(v)) return toNormText(v);
  }
  return "";
}

/** A value cell holds data when it has a number, number-like text, an error or a boolean. */
function isNumberish(v: RawValue): boolean {
  if (typeof v === "number" || typeof v === "boolean" || isCellError(v)) return true;
  if (typeof v !== "string" || v.length >= 40) return false;
  const t = v.trim();
  return t === "-" || t === "–" || t === "—" || parseNumberText(t, "rate") !== null;
}

function isWideMerge(reader: GridReader, r: number, labelCols: readonly number[]): boolean {
  return labelCols.some((c) => {
    const m = reader.mergeAt(r, c);
    return m !== undefined && m.right - m.left >= 1;
  });
}
