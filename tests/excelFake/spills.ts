/**
 * Dynamic arrays (docs/excel-behaviours.md, "Handle dynamic arrays and spilling"): a formula whose result is an array
 * of more than one value shows the first value in its cell (the anchor) and spills the rest into the cells below and
 * to the right. The spill needs those cells empty — no value or formula of their own, no merged cell, not inside an
 * Excel Table (dynamic arrays are not supported in tables) — else the anchor shows `#SPILL!` and nothing spills.
 * A value written or typed into a spilled cell is the cell's own: the anchor then shows `#SPILL!`. Clearing a spilled
 * cell (writing "") changes nothing, as pressing Delete on it. Spilled cells hold no formula: `formulas` gives their
 * value ("If a cell has no formula, its value is returned instead").
 *
 * The marks live beside the cells (weak maps keyed by the cell objects), so they move with the cells when the
 * officer inserts, deletes or sorts rows, and never show in `exportState`.
 */
import type { RangeRef } from "../../src/core";
import {
  cellKey,
  ensureCell,
  getCell,
  hasContent,
  intersects,
  keyToCell,
  type FakeCell,
  type FakeSheet,
} from "./fakeState";

/** A spilled cell → the anchor cell whose formula spilled into it. */
const spilledFrom = new WeakMap<FakeCell, FakeCell>();
/** An anchor cell whose array spilled → the spill's size (anchor included). */
const spillSize = new WeakMap<FakeCell, { rows: number; cols: number }>();

type Spilled = { value: string | number | boolean; error: boolean };

/** Before a recalculation: every spilled value goes (the anchors spill again as they are evaluated). */
export function clearSpills(sheet: FakeSheet): void {
  for (const cell of sheet.cells.values()) {
    spillSize.delete(cell);
    if (!spilledFrom.has(cell)) continue;
    spilledFrom.delete(cell);
    cell.value = "";
    cell.error = false;
  }
}

/** Whether the anchor's array can spill over `ref`: every cell but the anchor free, no merge, no table. */
function blocked(sheet: FakeSheet, anchor: FakeCell, ref: RangeRef): boolean {
  if (ref.bottom > 1_048_576 || ref.right > 16_384) return true;
  if (sheet.tables.some((t) => intersects(t.ref, ref))) return true;
  if (sheet.merges.some((m) => intersects(m, ref))) return true;
  for (let r = ref.top; r <= ref.bottom; r++) {
    for (let c = ref.left; c <= ref.right; c++) {
      if (r === ref.top && c === ref.left) continue;
      const cell = getCell(sheet, r, c);
      if (cell && hasContent(cell) && spilledFrom.get(cell) !== anchor) return true;
    }
  }
  return false;
}

/**
 * The anchor's formula returned `array` (rows of values): spill it, and give what the anchor shows — its first value,
 * or `#SPILL!` when the range is not free.
 */
export function spill(
  sheet: FakeSheet,
  anchor: FakeCell,
  row: number,
  col: number,
  array: readonly (readonly Spilled[])[]
): Spilled {
  const rows = array.length;
  const cols = Math.max(...array.map((line) => line.length));
  const ref = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
  if (blocked(sheet, anchor, ref)) return { value: "#SPILL!", error: true };
  array.forEach((line, i) =>
    line.forEach((v, j) => {
      if (i === 0 && j === 0) return;
      const cell = ensureCell(sheet, row + i, col + j);
      cell.value = v.value;
      cell.error = v.error;
      spilledFrom.set(cell, anchor);
    })
  );
  spillSize.set(anchor, { rows, cols });
  return array[0]?.[0] ?? { value: 0, error: false };
}

/**
 * An entry is about to be written into (or typed over) `cell`. An anchor loses its spill with its formula; a spilled
 * cell that gets a value of its own blocks its anchor, which shows `#SPILL!` at once. Returns false when the entry
 * changes nothing: "" into a spilled cell.
 */
export function beforeWrite(sheet: FakeSheet, cell: FakeCell, entry: unknown): boolean {
  const anchor = spilledFrom.get(cell);
  if (anchor && entry === "") return false;
  if (spillSize.has(cell)) {
    for (const other of sheet.cells.values()) {
      if (spilledFrom.get(other) !== cell) continue;
      spilledFrom.delete(other);
      other.value = "";
      other.error = false;
    }
    spillSize.delete(cell);
  }
  if (anchor) {
    spilledFrom.delete(cell);
    if (spillSize.has(anchor)) {
      beforeWrite(sheet, anchor, null);
      anchor.value = "#SPILL!";
      anchor.error = true;
    }
  }
  return true;
}

function positionOf(sheet: FakeSheet, target: FakeCell): { row: number; col: number } | null {
  for (const [key, cell] of sheet.cells) {
    if (cell !== target) continue;
    const [row, col] = keyToCell(key);
    return { row, col };
  }
  return null;
}

/** `Range.getSpillingToRange` of one cell: the spill range when it is an anchor that spilled, else null. */
export function spillingTo(sheet: FakeSheet, row: number, col: number): RangeRef | null {
  const cell = sheet.cells.get(cellKey(row, col));
  const size = cell ? spillSize.get(cell) : undefined;
  return size
    ? { top: row, left: col, bottom: row + size.rows - 1, right: col + size.cols - 1 }
    : null;
}

/** `Range.getSpillParent` of one cell: the anchor's position for a spilled cell (an anchor is its own). */
export function spillParent(
  sheet: FakeSheet,
  row: number,
  col: number
): { row: number; col: number } | null {
  const cell = sheet.cells.get(cellKey(row, col));
  if (!cell) return null;
  if (spillSize.has(cell)) return { row, col };
  const anchor = spilledFrom.get(cell);
  return anchor ? positionOf(sheet, anchor) : null;
}

/** `Range.hasSpill`: true when every cell has a spill border (anchor or spilled), false when none, null when mixed. */
export function hasSpill(sheet: FakeSheet, ref: RangeRef): boolean | null {
  let some = false;
  let all = true;
  for (let r = ref.top; r <= ref.bottom; r++) {
    for (let c = ref.left; c <= ref.right; c++) {
      const cell = getCell(sheet, r, c);
      const inSpill = cell !== undefined && (spillSize.has(cell) || spilledFrom.has(cell));
      some ||= inSpill;
      all &&= inSpill;
    }
  }
  return all ? true : some ? null : false;
}
