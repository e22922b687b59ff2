import type { GridReader } from "../grid/createGridReader";
import { isBlank, toNormText } from "./cellText";
import { isHeaderLikeText, isUnitHeaderText } from "./headerFeatures";
import { isColumnNumberRow } from "./isColumnNumberRow";

/** Rows of a header around an anchor cell: `top..bottom` holds header text. */
export type HeaderRows = { readonly top: number; readonly bottom: number };
/** A header's rows plus `end`, which includes a column-number row under it if there is one. */
export type HeaderBand = HeaderRows & { readonly end: number };

const MAX_ROWS_ABOVE = 3;
const MAX_HEADER_ROWS = 8;
const MAX_WIDTH = 80;

type Span = readonly [number, number];

/** "Đơn vị tính: hộ, %" above a header's right end is a note, not a group header. */
const UNIT_OF_MEASURE = /^(don vi tinh|dvt|don vi)( |$)/;

/**
 * The header rows around the unit header cell at (row, col): its merge's rows, group rows right above it whose unit
 * cell is empty, and header-only rows below (no numbers, empty unit cell).
 */
export function findHeaderBand(reader: GridReader, row: number, col: number): HeaderRows {
  const span = findHeaderSpan(reader, row, col);
  const merge = reader.mergeAt(row, col);
  let top = merge ? Math.max(merge.top, reader.top) : row;
  let bottom = merge ? Math.min(merge.bottom, reader.bottom) : row;
  for (
    let k = 0;
    k < MAX_ROWS_ABOVE && top - 1 >= reader.top && isGroupRow(reader, top - 1, col, span);
    k++
  )
    top--;
  while (
    bottom + 1 <= reader.bottom &&
    bottom - top + 1 < MAX_HEADER_ROWS &&
    isHeaderOnlyRow(reader, bottom + 1, col, span)
  ) {
    bottom++;
  }
  bottom = extendByMerges(reader, top, bottom, span);
  return { top, bottom };
}

/** The band with its optional column-number row, checked over the table's own columns. */
export function withColumnNumberRow(
  reader: GridReader,
  band: HeaderRows,
  left: number,
  right: number
): HeaderBand {
  const next = band.bottom + 1;
  return {
    ...band,
    end: next <= reader.bottom && isColumnNumberRow(reader, next, left, right) ? next : band.bottom,
  };
}

/** The header's columns on the anchor row: the run of non-blank cells (merged text spread) around the anchor. */
function findHeaderSpan(reader: GridReader, row: number, col: number): Span {
  let left = col;
  let right = col;
  while (
    left - 1 >= reader.left &&
    col - left < MAX_WIDTH &&
    !isBlank(reader.spread(row, left - 1))
  )
    left--;
  while (
    right + 1 <= reader.right &&
    right - col < MAX_WIDTH &&
    !isBlank(reader.spread(row, right + 1))
  )
    right++;
  return [left, right];
}

function isGroupRow(reader: GridReader, row: number, col: number, [c0, c1]: Span): boolean {
  if (!isBlank(reader.spread(row, col))) return false;
  let headerLike = false;
  for (let c = c0; c <= c1; c++) {
    const v = reader.raw(row, c);
    if (typeof v === "number") return false;
    if (c < col && !isBlank(v)) return false;
    if (!headerLike && typeof v === "string") {
      const norm = toNormText(v);
      headerLike = !UNIT_OF_MEASURE.test(norm) && isHeaderLikeText(norm);
    }
  }
  return headerLike;
}

function isHeaderOnlyRow(reader: GridReader, row: number, col: number, [c0, c1]: Span): boolean {
  if (!isBlank(reader.raw(row, col))) return false;
  if (isColumnNumberRow(reader, row, c0, c1)) return false;
  let headerLike = false;
  for (let c = c0; c <= c1; c++) {
    const v = reader.raw(row, c);
    if (typeof v === "number" || typeof v === "boolean") return false;
    if (typeof v === "string") {
      const norm = toNormText(v);
      if (isUnitHeaderText(norm)) return false;
      if (isHeaderLikeText(norm)) headerLike = true;
    }
  }
  return headerLike;
}

function extendByMerges(reader: GridReader, top: number, bottom: number, [c0, c1]: Span): number {
  let b = bottom;
  for (let r = top; r <= b && r - top < MAX_HEADER_ROWS; r++) {
    for (let c = c0; c <= c1; c++) {
      const m = reader.mergeAt(r, c);
      if (m && m.top === r && m.left === c && m.bottom > b && m.bottom - top < MAX_HEADER_ROWS) {
        if (!isBlank(reader.raw(r, c))) b = Math.min(m.bottom, reader.bottom);
      }
    }
  }
  return b;
}
