import type { CellWrite, RangeRef } from "../core";

/** A block of rows written as whole 2-D arrays; `cells[i][j]` is the write at (top+i, left+j), if any. */
export type WriteRect = {
  readonly ref: RangeRef;
  readonly cells: readonly (readonly (CellWrite | undefined)[])[];
};

/**
 * Group a sheet's writes into rectangles: each run of consecutive rows that have writes becomes one rectangle
 * spanning the leftmost to rightmost written column of those rows. Cells inside a rectangle that the plan does
 * not touch stay `undefined` (written as `null`, which Office.js leaves alone). Writes to the same cell combine, the
 * later one's parts (contents, number format, style) winning: a style-only write never drops the contents written
 * before it, as the xlsx host applies them and as the undo journal records them.
 * @example toRectangles([{row:8,col:6,cell:{value:1}}, {row:9,col:6,cell:{value:2}}, {row:20,col:1}]) // 2 rects: F8:F9, A20
 */
export function toRectangles(writes: readonly CellWrite[]): WriteRect[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) {
    const key = `${w.row}:${w.col}`;
    const before = byCell.get(key);
    byCell.set(key, before ? { ...before, ...w } : w);
  }
  const sorted = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const rects: WriteRect[] = [];
  let block: CellWrite[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const top = (block[0] as CellWrite).row;
    const bottom = (block[block.length - 1] as CellWrite).row;
    const left = Math.min(...block.map((w) => w.col));
    const right = Math.max(...block.map((w) => w.col));
    const cells: (CellWrite | undefined)[][] = Array.from({ length: bottom - top + 1 }, () =>
      new Array<CellWrite | undefined>(right - left + 1).fill(undefined)
    );
    for (const w of block) (cells[w.row - top] as (CellWrite | undefined)[])[w.col - left] = w;
    rects.push({ ref: { top, left, bottom, right }, cells });
    block = [];
  };
  for (const w of sorted) {
    const last = block[block.length - 1];
    if (last && w.row > last.row + 1) flush();
    block.push(w);
  }
  flush();
  return rects;
}

/** Split a rectangle into row slices (same columns) of at most `rows` rows each. */
export function sliceRows<T>(
  ref: RangeRef,
  data: readonly T[],
  rows: number
): { ref: RangeRef; data: T[] }[] {
  const out: { ref: RangeRef; data: T[] }[] = [];
  for (let i = 0; i < data.length; i += rows) {
    const part = data.slice(i, i + rows);
    out.push({
      ref: { ...ref, top: ref.top + i, bottom: ref.top + i + part.length - 1 },
      data: part,
    });
  }
  return out;
}

/** Cut rectangles taller than `maxCells` allows into row slices, so each can be read back in one response. */
export function limitRectangles(rects: readonly WriteRect[], maxCells: number): WriteRect[] {
  return rects.flatMap((rect) => {
    const width = rect.ref.right - rect.ref.left + 1;
    const rows = Math.max(1, Math.floor(maxCells / width));
    return sliceRows(rect.ref, rect.cells as (CellWrite | undefined)[][], rows).map((s) => ({
      ref: s.ref,
      cells: s.data,
    }));
  });
}

/** Split items into consecutive groups whose weights sum to at most `max` (an item heavier than `max` is alone). */
export function groupByWeight<T>(
  items: readonly T[],
  weight: (item: T) => number,
  max: number
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let sum = 0;
  for (const item of items) {
    const w = weight(item);
    if (current.length > 0 && sum + w > max) {
      groups.push(current);
      current = [];
      sum = 0;
    }
    current.push(item);
    sum += w;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
