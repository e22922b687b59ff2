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
const WIDTH_LOOK = 60;

/**
 * The header rows around the unit header cell at (row, col): its merge's rows, group rows right above it whose unit
 * cell is empty, and header-only rows below (no numbers, empty unit cell).
 */
export function findHeaderBand(reader: GridReader, row: number, col: number): HeaderRows {
  const merge = reader.mergeAt(row, col);
  let top = merge ? Math.max(merge.top, reader.top) : row;
  let bottom = merge ? Math.min(merge.bottom, reader.bottom) : row;
  for (let k = 0; k < MAX_ROWS_ABOVE && top - 1 >= reader.top && isGroupRow(reader, top - 1, col); k++) top--;
  while (bottom + 1 <= reader.bottom && bottom - top + 1 < MAX_HEADER_ROWS && isHeaderOnlyRow(reader, bottom + 1, col)) {
    bottom++;
  }
  bottom = extendByMerges(reader, top, bottom, col);
  return { top, bottom };
}

/** The band with its optional column-number row, checked over the table's own columns. */
export function withColumnNumberRow(reader: GridReader, band: HeaderRows, left: number, right: number): HeaderBand {
  const next = band.bottom + 1;
  return { ...band, end: next <= reader.bottom && isColumnNumberRow(reader, next, left, right) ? next : band.bottom };
}

function lookSpan(reader: GridReader, col: number): [number, number] {
  return [Math.max(reader.left, col - 5), Math.min(reader.right, col + WIDTH_LOOK)];
}

function isGroupRow(reader: GridReader, row: number, col: number): boolean {
  if (!isBlank(reader.spread(row, col))) return false;
  const [c0, c1] = lookSpan(reader, col);
  let headerLike = false;
  for (let c = c0; c <= c1; c++) {
    const v = reader.raw(row, c);
    if (typeof v === "number") return false;
    if (c < col && !isBlank(v)) return false;
    if (!headerLike && typeof v === "string" && isHeaderLikeText(toNormText(v))) headerLike = true;
  }
  return headerLike;
}

function isHeaderOnlyRow(reader: GridReader, row: number, col: number): boolean {
  if (!isBlank(reader.raw(row, col))) return false;
  const [c0, c1] = lookSpan(reader, col);
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

function extendByMerges(reader: GridReader, top: number, bottom: number, col: number): number {
  const [c0, c1] = lookSpan(reader, col);
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
