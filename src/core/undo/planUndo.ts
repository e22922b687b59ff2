import { toA1 } from "../address";
import type { RangeRef } from "../model/address";
import { holdsFormat } from "./formats";
import { holdsContent, holdsWritten, keyText, refersToOwnRowOnly, type Holding } from "./holds";
import { followColumn, RowFinder, type RowPlace } from "./follow";
import type {
  CellAt,
  JournalCell,
  JournalCreatedSheet,
  JournalSheet,
  KeptCell,
  SheetNow,
  UndoResult,
} from "./types";

/** A journal cell to put back, at its address now. */
export type RestoreAt<R> = {
  readonly cell: JournalCell<R>;
  readonly row: number;
  readonly col: number;
};

/** What undo does in one sheet: the cells to restore (where they are now), the cells it keeps, merges to undo. */
export type SheetUndo<R> = {
  readonly restore: readonly RestoreAt<R>[];
  readonly kept: readonly KeptCell[];
  /** The plan's merged areas where they are now. */
  readonly unmerge: readonly RangeRef[];
  /**
   * Places of cells whose formats undo compares but `now.formats` lacks (their rows moved since): read them and
   * plan again. Empty when `now.formats` is not given.
   */
  readonly unread: readonly { readonly row: number; readonly col: number }[];
};

/** What a cell of `now` holds (empty outside the window). */
export function holdingAt(now: SheetNow, row: number, col: number): Holding {
  const i = row - now.top;
  const j = col - now.left;
  const format = now.formats?.get(`${row}:${col}`);
  return {
    value: now.values[i]?.[j] ?? null,
    formula: now.formulas[i]?.[j] ?? null,
    numberFormat: now.numberFormats[i]?.[j] ?? "General",
    ...(format ? { format } : {}),
  };
}

/**
 * Compare and follow, for one sheet the plan wrote into: each written cell is looked for where its row is now
 * (`follow.ts`) and restored only while it still holds what the add-in wrote; every other cell is kept and named
 * (`edited`: the officer changed it; `lost`: its row cannot be found). `sheet` is the sheet's name now.
 */
export function planSheetUndo<R>(
  entry: JournalSheet<R>,
  now: SheetNow,
  sheet: string
): SheetUndo<R> {
  const finder = new RowFinder(now);
  const places = new Map<number, RowPlace | null>();
  const keyed = [...entry.rowKeys].filter(([, key]) => key.length > 0);
  const exact = keyed.filter(([row, key]) => finder.exactlyInPlace(row, key)).length;
  const columnsStayed = exact * 2 >= keyed.length;
  for (const [row, key] of entry.rowKeys) places.set(row, finder.find(row, key, columnsStayed));
  // Rows without a key (every cell written) move like their nearest found neighbour; where none, they stay.
  const offsetNear = (row: number): number | null => {
    let above: { from: number; off: number } | null = null;
    let below: { from: number; off: number } | null = null;
    for (const [r, p] of places) {
      if (!p) continue;
      const off = p.row - r;
      if (r < row && (!above || r > above.from)) above = { from: r, off };
      if (r > row && (!below || r < below.from)) below = { from: r, off };
    }
    if (above && below) return above.off === below.off ? above.off : null;
    return (above ?? below)?.off ?? 0;
  };
  // No row found elsewhere than where it was: rows did not move, those not found by their key are where they were.
  const nothingMoved =
    finder.ambiguous.size === 0 && [...places].every(([r, p]) => p === null || p.row === r);
  // A row whose key the officer edited in two places is not found by it: it moves like its neighbours when they
  // agree and one of its key cells still reads the same there (or when no row moved at all).
  const placeOf = (row: number): RowPlace | null => {
    const p = places.get(row);
    if (p) return p;
    const off = offsetNear(row);
    if (off === null) return null;
    const key = entry.rowKeys.get(row) ?? [];
    const at = row + off;
    const stillReads = key.some((k) => keyText(holdingAt(now, at, k.col).value) === k.text);
    if (key.length > 0 && !nothingMoved && !stillReads) return null;
    return { row: at, pairs: [] };
  };
  // Two written rows found at one place now (a sort of look-alike rows): neither is trusted.
  const taken = new Map<number, number>();
  for (const row of new Set(entry.cells.map((c) => c.row))) {
    const p = placeOf(row);
    if (p) taken.set(p.row, (taken.get(p.row) ?? 0) + 1);
  }
  const restore: RestoreAt<R>[] = [];
  const kept: KeptCell[] = [];
  const unread: { row: number; col: number }[] = [];
  for (const cell of entry.cells) {
    const p = placeOf(cell.row);
    const col = p && (taken.get(p.row) ?? 0) === 1 ? followColumn(p, cell.col) : null;
    if (!p || col === null) {
      kept.push({ sheet, address: toA1(cell.row, cell.col), reason: "lost" });
      continue;
    }
    const moved = { rows: p.row - cell.row, cols: col - cell.col };
    const before = cell.formulaBefore;
    if (moved.rows !== 0 && before && !refersToOwnRowOnly(before, cell.row)) {
      kept.push({ sheet, address: toA1(p.row, col), reason: "lost" });
      continue;
    }
    const holding = holdingAt(now, p.row, col);
    if (cell.wrote.format && now.formats && !holding.format) unread.push({ row: p.row, col });
    if (holdsWritten(holding, cell.wrote, moved)) restore.push({ cell, row: p.row, col });
    else if (
      cell.contentBefore &&
      holdsContent(holding, cell.contentBefore, moved) &&
      (!cell.formatBefore || !holding.format || holdsFormat(holding.format, cell.formatBefore))
    )
      continue;
    else kept.push({ sheet, address: toA1(p.row, col), reason: "edited" });
  }
  const unmerge = entry.merges.flatMap((m) => {
    const p = placeOf(m.top);
    if (!p) return [];
    const left = followColumn(p, m.left);
    if (left === null) return [];
    const dr = p.row - m.top;
    const dc = left - m.left;
    return [{ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc }];
  });
  return { restore, kept, unmerge, unread };
}

/** Cells of a sheet the add-in created that the officer typed into, cleared or changed since ("A1" addresses). */
export function editedCells(created: JournalCreatedSheet, now: SheetNow): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  now.values.forEach((r, i) =>
    r.forEach((_, j) => {
      const row = now.top + i;
      const col = now.left + j;
      const address = toA1(row, col);
      seen.add(address);
      const holding = holdingAt(now, row, col);
      const wrote = created.wrote.get(address);
      const empty = holding.formula === null && (holding.value === null || holding.value === "");
      if (wrote ? !holdsContent(holding, wrote) : !empty) out.push(address);
    })
  );
  for (const [address, wrote] of created.wrote) {
    if (seen.has(address)) continue;
    if (!holdsContent({ value: null, formula: null, numberFormat: "General" }, wrote))
      out.push(address);
  }
  return out;
}

/** The result of an undo that ran (see `UndoResult`). */
export function undoOutcome(
  action: string,
  restored: readonly CellAt[],
  kept: readonly KeptCell[],
  deletedSheets: readonly string[],
  partialWrite: boolean,
  sheetGone: boolean
): UndoResult {
  const any = restored.length > 0 || deletedSheets.length > 0;
  const base = { action, restored, kept, deletedSheets, partialWrite };
  if (!any && (kept.length > 0 || sheetGone))
    return {
      ...base,
      status: "refused",
      reason: sheetGone && kept.length === 0 ? "sheetGone" : "allKept",
    };
  return { ...base, status: kept.length > 0 || sheetGone ? "partial" : "done" };
}
