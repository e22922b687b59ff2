import { keyText } from "./holds";
import type { KeyCell, SheetNow } from "./types";

/**
 * Following written rows after the officer inserted, deleted or sorted rows (or inserted and deleted columns).
 *
 * Each written row is known by its key: the non-empty constant cells of that row the plan did not write (a
 * village's number, name, households…), taken at Apply — formulas are left out, their values follow the writes.
 * Undo looks for the row where it was (one cell of a key of three or more may have been corrected since, unless
 * columns moved), then anywhere in the sheet, where it must be found exactly once — else the row is lost and its cells are kept, never written into another unit's row. The columns of a found row
 * follow its key cells: a written column between two key cells that moved by different amounts is lost too.
 */

/** Where a written row is now, and how its columns moved (original column → offset), or null: not found. */
export type RowPlace = {
  readonly row: number;
  /** Key cells matched: original column and its column now. */
  readonly pairs: readonly { readonly from: number; readonly to: number }[];
};

/** The identifying cells of each written row, from the rows as they are at Apply. */
export function rowKeysOf(
  sheet: SheetNow,
  writtenCols: ReadonlyMap<number, ReadonlySet<number>>
): Map<number, KeyCell[]> {
  const keys = new Map<number, KeyCell[]>();
  for (const [row, cols] of writtenCols) {
    const i = row - sheet.top;
    const values = sheet.values[i] ?? [];
    const formulas = sheet.formulas[i] ?? [];
    const key: KeyCell[] = [];
    values.forEach((v, j) => {
      const col = sheet.left + j;
      const text = formulas[j] ? "" : keyText(v);
      if (text !== "" && !cols.has(col)) key.push({ col, text });
    });
    keys.set(row, key);
  }
  return keys;
}

type RowTexts = readonly { readonly col: number; readonly text: string }[];

/** Finds rows of the sheet as it is now by their keys (build once per undo, then ask per row). */
export class RowFinder {
  private readonly rows: RowTexts[] = [];
  private readonly index = new Map<string, number[]>();
  /** Written rows whose key reads the same in several rows now (a moved row among look-alikes). */
  readonly ambiguous = new Set<number>();

  constructor(private readonly now: SheetNow) {
    now.values.forEach((r, i) => {
      const texts = r
        .map((v, j) => ({ col: now.left + j, text: now.formulas[i]?.[j] ? "" : keyText(v) }))
        .filter((c) => c.text !== "");
      this.rows.push(texts);
      for (const t of new Set(texts.map((c) => c.text))) {
        const list = this.index.get(t) ?? [];
        list.push(now.top + i);
        this.index.set(t, list);
      }
    });
  }

  /** Whether the row still reads its whole key where it was. */
  exactlyInPlace(row: number, key: readonly KeyCell[]): boolean {
    return key.length > 0 && this.inPlace(row, key, 0) !== null;
  }

  /**
   * The row with this key now, or null when it cannot be found exactly once. Empty keys are not searched.
   * `columnsStayed` (most rows read their key where they were): a row may also be where it was with one cell of a
   * key of three or more corrected since (two villages' rows differ in at least their number and name).
   */
  find(row: number, key: readonly KeyCell[], columnsStayed: boolean): RowPlace | null {
    if (key.length === 0) return null;
    const here = this.inPlace(row, key, columnsStayed && key.length >= 3 ? 1 : 0);
    if (here) return here;
    let best: readonly number[] | undefined;
    for (const k of key) {
      const rows = this.index.get(k.text) ?? [];
      if (best === undefined || rows.length < best.length) best = rows;
    }
    const found: RowPlace[] = [];
    for (const r of best ?? []) {
      const pairs = this.subsequence(r, key);
      if (pairs) found.push({ row: r, pairs });
      if (found.length > 1) {
        this.ambiguous.add(row);
        return null;
      }
    }
    return found[0] ?? null;
  }

  /** The key read at the same place, with at most `allowed` cells differing. */
  private inPlace(row: number, key: readonly KeyCell[], allowed: number): RowPlace | null {
    const i = row - this.now.top;
    const values = this.now.values[i];
    if (!values) return null;
    let misses = 0;
    const formulas = this.now.formulas[i] ?? [];
    for (const k of key) {
      const j = k.col - this.now.left;
      if (formulas[j] || keyText(values[j]) !== k.text) misses++;
    }
    if (misses > allowed) return null;
    return { row, pairs: key.map((k) => ({ from: k.col, to: k.col })) };
  }

  /** The key's texts in order among the row's non-empty cells (columns may have moved). */
  private subsequence(row: number, key: readonly KeyCell[]): { from: number; to: number }[] | null {
    const texts = this.rows[row - this.now.top] ?? [];
    const pairs: { from: number; to: number }[] = [];
    let at = 0;
    for (const k of key) {
      while (at < texts.length && texts[at]?.text !== k.text) at++;
      const hit = texts[at];
      if (!hit) return null;
      pairs.push({ from: k.col, to: hit.col });
      at++;
    }
    return pairs;
  }
}

/** A written column of a found row, where it is now; null when columns moved differently on either side of it. */
export function followColumn(place: RowPlace, col: number): number | null {
  let left: { from: number; to: number } | undefined;
  let right: { from: number; to: number } | undefined;
  for (const p of place.pairs) {
    if (p.from < col && (!left || p.from > left.from)) left = p;
    if (p.from > col && (!right || p.from < right.from)) right = p;
  }
  const offset = (p: { from: number; to: number }) => p.to - p.from;
  if (left && right) return offset(left) === offset(right) ? col + offset(left) : null;
  const side = left ?? right;
  return side ? col + offset(side) : col;
}
