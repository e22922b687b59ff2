import type { GridReader } from "../grid/createGridReader";
import type { RawValue } from "../model/cell";
import { isCellError } from "../model/cell";
import type { ColumnMap } from "../model/table";
import { parseNumberText } from "../parse/parseNumberText";
import { isBlank, toNormText } from "./cellText";
import { isUnitHeaderText } from "./headerFeatures";
import { isNoteLabel, isSubheadingLabel, isTotalsLabel } from "./rowLabels";

export type DataRows = { readonly unitRows: readonly number[]; readonly totalsRow: number | null };

export type ScanSpan = { readonly start: number; readonly left: number; readonly right: number };

const MAX_BLANK_RUN = 5;

/**
 * Walk down from the row after the header and sort rows into units, a totals row (above or below the data),
 * sub-headings, blank rows and the end of the table (a note/signature line, a new header, the totals row after the
 * data, or a long blank gap). Rows with a label but no numbers are kept only if more units follow.
 */
export function scanDataRows(reader: GridReader, span: ScanSpan, columns: ColumnMap): DataRows {
  const unitCol = columns.unit as number;
  const labelCols = [unitCol, columns.index].filter((c): c is number => c !== undefined);
  const valueCols = Object.entries(columns)
    .filter(([role]) => role !== "unit" && role !== "index")
    .map(([, c]) => c as number);
  const unitRows: number[] = [];
  let pending: number[] = [];
  let totalsRow: number | null = null;
  let blankRun = 0;
  for (let r = span.start; r <= reader.bottom; r++) {
    if (isBlankRow(reader, r, span)) {
      if (++blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    if (isNoteLabel(firstText(reader, r, span))) break;
    if (isUnitHeaderText(toNormText(reader.raw(r, unitCol)))) break;
    const labels = labelCols.map((c) => toNormText(reader.spread(r, c)));
    if (labels.some(isTotalsLabel)) {
      if (totalsRow === null) totalsRow = r;
      if (unitRows.length > 0) break;
      continue;
    }
    const label = labels.find((l) => l.length > 0) ?? "";
    if (hasNumbers(reader, r, valueCols)) {
      unitRows.push(...pending, r);
      pending = [];
    } else if (label.length > 0 && !isSubheadingLabel(label) && !isWideMerge(reader, r, labelCols)) {
      pending.push(r);
    }
  }
  return { unitRows, totalsRow };
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

function isNumberish(v: RawValue): boolean {
  if (typeof v === "number" || typeof v === "boolean" || isCellError(v)) return true;
  return typeof v === "string" && v.length < 40 && parseNumberText(v, "rate") !== null;
}

/** A row holds data when a value column has a number (or number-like text, an error or a boolean). */
function hasNumbers(reader: GridReader, r: number, valueCols: readonly number[]): boolean {
  return valueCols.some((c) => isNumberish(reader.raw(r, c)));
}

function isWideMerge(reader: GridReader, r: number, labelCols: readonly number[]): boolean {
  return labelCols.some((c) => {
    const m = reader.mergeAt(r, c);
    return m !== undefined && m.right - m.left >= 1;
  });
}
