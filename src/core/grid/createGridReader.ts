import type { RangeRef } from "../model/address";
import type { Grid } from "../model/grid";
import type { RawValue } from "../model/cell";

/** Read access to a Grid by absolute 1-based row/column, with merged header text spread over its area. */
export type GridReader = {
  readonly grid: Grid;
  readonly top: number;
  readonly left: number;
  /** Last row / column inside the grid. */
  readonly bottom: number;
  readonly right: number;
  raw(row: number, col: number): RawValue;
  formula(row: number, col: number): string | null;
  numberFormat(row: number, col: number): string;
  /** The merged area covering the cell, if any (merges taller than MAX_SPREAD_ROWS are ignored). */
  mergeAt(row: number, col: number): RangeRef | undefined;
  /** The value shown in the cell, taking a merge's top-left value for every cell of the merge. */
  spread(row: number, col: number): RawValue;
};

const MAX_SPREAD_ROWS = 50;

/**
 * Wrap a Grid for reading. Tolerates ragged arrays and merges outside the grid; spreading merges costs at most a
 * few times the number of cells, so a huge or overlapping merge list cannot make reading quadratic.
 * @example createGridReader(grid).spread(6, 4) // the text of the D5:I5 group header when D5:I5 is merged
 */
export function createGridReader(grid: Grid): GridReader {
  const top = grid.top;
  const left = grid.left;
  const rows = grid.values.length;
  let width = 0;
  for (const r of grid.values) if (r && r.length > width) width = r.length;
  const bottom = top + rows - 1;
  const right = left + width - 1;
  const covered = buildMergeIndex(grid.merges ?? [], top, left, bottom, right, rows * width);

  const raw = (row: number, col: number): RawValue => {
    const v = grid.values[row - top]?.[col - left];
    return v === undefined ? null : v;
  };
  const mergeAt = (row: number, col: number): RangeRef | undefined =>
    row < top || col < left || row > bottom || col > right
      ? undefined
      : covered.get((row - top) * width + (col - left));
  return {
    grid,
    top,
    left,
    bottom,
    right,
    raw,
    formula: (row, col) => {
      const f = grid.formulas?.[row - top]?.[col - left];
      return typeof f === "string" && f.length > 0 ? f : null;
    },
    numberFormat: (row, col) => {
      const f = grid.numberFormats?.[row - top]?.[col - left];
      return typeof f === "string" ? f : "General";
    },
    mergeAt,
    spread: (row, col) => {
      const m = mergeAt(row, col);
      return m ? raw(m.top, m.left) : raw(row, col);
    },
  };
}

function buildMergeIndex(
  merges: readonly RangeRef[],
  top: number,
  left: number,
  bottom: number,
  right: number,
  cells: number
): Map<number, RangeRef> {
  const index = new Map<number, RangeRef>();
  const width = right - left + 1;
  let budget = 4 * cells + 10_000;
  for (const m of merges) {
    if (!m || m.bottom - m.top + 1 > MAX_SPREAD_ROWS) continue;
    const r0 = Math.max(m.top, top);
    const r1 = Math.min(m.bottom, bottom);
    const c0 = Math.max(m.left, left);
    const c1 = Math.min(m.right, right);
    if (r0 > r1 || c0 > c1) continue;
    budget -= (r1 - r0 + 1) * (c1 - c0 + 1);
    if (budget < 0) break;
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) index.set((r - top) * width + (c - left), m);
  }
  return index;
}
