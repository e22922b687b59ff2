import type { GridReader } from "../grid/createGridReader";
import type { RawValue } from "../model/cell";
import { isCellError } from "../model/cell";
import type { BreakdownRef, ColumnMap, SkippedRow, TableGroup } from "../model/table";
import { parseNumberText } from "../parse/parseNumberText";
import { isBlank, toNormText } from "./cellText";
import { isBreakdownLabel, readIndexKind, readKindWord } from "./groupLabels";
import { isUnitHeaderText } from "./headerFeatures";
import { isColumnNumberRow } from "./isColumnNumberRow";
import { isNoteLabel, isSubtotalLabel, isTotalsLabel } from "./rowLabels";
import { hasHeadingHint, sortRows } from "./sortRows";
import type { Line } from "./sortRows";

export type DataRows = {
  readonly unitRows: readonly number[];
  readonly totalsRow: number | null;
  readonly groups: readonly TableGroup[];
  readonly breakdowns: readonly BreakdownRef[];
  readonly skippedRows: readonly SkippedRow[];
};

export type ScanSpan = { readonly start: number; readonly left: number; readonly right: number };

type Classified = Line | "blank" | "end";

const MAX_BLANK_RUN = 5;
const PEEK_ROWS = 3;

/**
 * Walk down from the row after the header to the end of the table (a note/signature line, a new header, the totals
 * row after the data and its "trong đó" rows, or a long blank gap), reading each row's label, index and numbers;
 * `sortRows` then tells units from group headings, sub-totals, breakdowns and the totals row. A "Cộng"/"Tổng" row
 * followed by more rows of the table is a sub-total, not the totals row.
 */
export function scanDataRows(reader: GridReader, span: ScanSpan, columns: ColumnMap): DataRows {
  const classify = buildClassifier(reader, span, columns);
  const lines: Line[] = [];
  let blankRun = 0;
  let body = false;
  for (let r = span.start; r <= reader.bottom; r++) {
    const line = classify(r);
    if (line === "blank") {
      if (++blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    if (line === "end") break;
    if (line.kind === "totals" && body) {
      if (continuesAfter(classify, r, reader.bottom)) {
        lines.push({ ...line, continues: true });
        continue;
      }
      lines.push(line);
      lines.push(...breakdownsAfter(classify, r, reader.bottom));
      break;
    }
    if (line.kind === "numbered" || line.kind === "label") body = true;
    lines.push(line);
  }
  return sortRows(lines, reader, columns);
}

function continuesAfter(classify: (r: number) => Classified, r: number, bottom: number): boolean {
  for (let k = r + 1; k <= Math.min(bottom, r + PEEK_ROWS); k++) {
    const line = classify(k);
    if (line === "blank") continue;
    if (line === "end") return false;
    if (line.kind === "label") return hasHeadingHint(line);
    return line.kind === "numbered" || line.kind === "subtotal" || line.kind === "totals";
  }
  return false;
}

/** The "trong đó" rows right under the totals row at the bottom of the table. */
function breakdownsAfter(classify: (r: number) => Classified, r: number, bottom: number): Line[] {
  const out: Line[] = [];
  for (let k = r + 1; k <= bottom; k++) {
    const line = classify(k);
    if (line === "blank" || line === "end" || line.kind !== "breakdown") break;
    out.push(line);
  }
  return out;
}

function buildClassifier(
  reader: GridReader,
  span: ScanSpan,
  columns: ColumnMap
): (r: number) => Classified {
  const unitCol = columns.unit as number;
  const indexCol = columns.index;
  const labelCols = [unitCol, indexCol].filter((c): c is number => c !== undefined);
  const valueCols = Object.entries(columns)
    .filter(([role]) => role !== "unit" && role !== "index")
    .map(([, c]) => c as number);
  const cache = new Map<number, Classified>();
  const classify = (r: number): Classified => {
    if (isBlankRow(reader, r, span)) return "blank";
    const index = indexCol === undefined ? "blank" : readIndexKind(reader.raw(r, indexCol));
    if (isColumnNumberRow(reader, r, span.left, span.right))
      return { row: r, kind: "note", label: "", norm: "", kindWord: "", index, merged: false };
    const hasNumbers = valueCols.some((c) => isNumberish(reader.raw(r, c)));
    if (!hasNumbers && isNoteLabel(firstText(reader, r, span))) return "end";
    if (!hasNumbers && isUnitHeaderText(toNormText(reader.raw(r, unitCol)))) return "end";
    let label = "";
    let norm = "";
    let totals = false;
    let subtotal = false;
    for (const c of labelCols) {
      const raw = reader.spread(r, c);
      const n = toNormText(raw);
      if (n.length === 0) continue;
      if (norm.length === 0) {
        label = String(raw);
        norm = n;
      }
      totals ||= isTotalsLabel(n);
      subtotal ||= isSubtotalLabel(n);
    }
    const kind: Line["kind"] = totals
      ? "totals"
      : subtotal
        ? "subtotal"
        : norm.length > 0 &&
            isBreakdownLabel(label, norm, index === "integer" || index === "dotted")
          ? "breakdown"
          : hasNumbers
            ? "numbered"
            : norm.length === 0
              ? "note"
              : "label";
    return {
      row: r,
      kind,
      label,
      norm,
      kindWord: readKindWord(norm),
      index,
      merged: isWideMerge(reader, r, labelCols),
      hasNumbers,
    };
  };
  return (r) => {
    let c = cache.get(r);
    if (c === undefined) {
      c = classify(r);
      cache.set(r, c);
    }
    return c;
  };
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
