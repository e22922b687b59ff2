import type * as ExcelJS from "exceljs";
import { editedCells, planSheetUndo, rowKeysOf, toA1, undoOutcome } from "../core";
import type {
  CellAt,
  JournalCell,
  JournalCreatedSheet,
  JournalEntry,
  JournalSheet,
  KeptCell,
  SheetNow,
  UndoOptions,
  UndoResult,
  WrittenContent,
} from "../core";
import { readGrid, toRawValue } from "./readGrid";
import { removeMarkers } from "./markers";
import { restoreCell, restoreSheetLayout, type CellSnapshot, type UndoStep } from "./snapshot";

/** How the xlsx host finds a sheet again: ExcelJS keeps one Worksheet object per sheet through renames. */
export type SheetIds = {
  idOf(ws: ExcelJS.Worksheet): string;
  byId(id: string): ExcelJS.Worksheet | undefined;
};

/** The xlsx host's journal entry: each cell's snapshot model to put back, plus the step (widths, views, names…). */
export type XlsxEntry = JournalEntry<CellSnapshot, UndoStep>;

/** What a cell holds now, as the compare reads it (a formula, else its value). */
function contentOf(cell: ExcelJS.Cell | undefined, date1904: boolean): WrittenContent {
  if (!cell) return { value: null };
  if (cell.formula) return { formula: `=${cell.formula}` };
  if (cell.isMerged && cell.master !== cell) return { value: null };
  const v = toRawValue(cell.value, date1904);
  return { value: typeof v === "object" && v !== null ? v.error : v };
}

/**
 * The journal entry of an applied plan, read just after the write: for every cell the step snapshotted, what it
 * holds now (what undo compares with) and its row's key cells; the merges the plan made; the created sheets' cells.
 */
export function journalEntry(
  workbook: ExcelJS.Workbook,
  step: UndoStep,
  merges: ReadonlyMap<string, readonly import("../core").RangeRef[]>,
  ids: SheetIds
): XlsxEntry {
  const date1904 = workbook.properties.date1904 === true;
  const sheets: JournalSheet<CellSnapshot>[] = [];
  const created: JournalCreatedSheet[] = [];
  for (const name of step.createdSheets) {
    const ws = workbook.getWorksheet(name);
    if (!ws) continue;
    const wrote = new Map<string, WrittenContent>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const c = contentOf(cell, date1904);
        if (!("value" in c && (c.value === null || c.value === ""))) wrote.set(cell.address, c);
      })
    );
    created.push({ sheetId: ids.idOf(ws), sheet: ws.name, wrote });
  }
  for (const s of step.sheets.values()) {
    if (step.createdSheets.includes(s.name)) continue;
    const ws = workbook.getWorksheet(s.name);
    if (!ws) continue;
    const cells: JournalCell<CellSnapshot>[] = [...s.cells.values()].map((snap) => {
      const cell = ws.findCell(snap.row, snap.col);
      return {
        row: snap.row,
        col: snap.col,
        wrote: { content: contentOf(cell, date1904), numberFormat: cell?.numFmt || "General" },
        formulaBefore: snap.model?.formula ? `=${snap.model.formula}` : null,
        restore: snap,
      };
    });
    const written = new Map<number, Set<number>>();
    for (const c of cells) written.set(c.row, (written.get(c.row) ?? new Set()).add(c.col));
    sheets.push({
      sheetId: ids.idOf(ws),
      sheet: ws.name,
      cells,
      rowKeys: rowKeysOf(readGrid(ws, date1904), written),
      merges: merges.get(s.name) ?? [],
    });
  }
  return { action: step.action, sheets, created, partial: false, host: step };
}

/**
 * The sheet as undo compares it: `readGrid`'s values and formulas, with the number format of every cell that has
 * one — also cells left empty with a format (`readGrid` skips those, the compare must not).
 */
function sheetNowOf(ws: ExcelJS.Worksheet, date1904: boolean): SheetNow {
  const grid = readGrid(ws, date1904);
  const formats = new Map<string, string>();
  let bottom = grid.top + grid.values.length - 1;
  let right = grid.left + (grid.values[0]?.length ?? 1) - 1;
  let top = grid.top;
  let left = grid.left;
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (!cell.numFmt) return;
      formats.set(`${r}:${c}`, cell.numFmt);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    })
  );
  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  const cols = Array.from({ length: right - left + 1 }, (_, j) => left + j);
  const from = <T>(m: readonly (readonly T[])[], r: number, c: number, empty: T): T =>
    m[r - grid.top]?.[c - grid.left] ?? empty;
  return {
    top,
    left,
    values: rows.map((r) => cols.map((c) => from(grid.values, r, c, null))),
    formulas: rows.map((r) => cols.map((c) => from(grid.formulas, r, c, null))),
    numberFormats: rows.map((r) => cols.map((c) => formats.get(`${r}:${c}`) ?? "General")),
  };
}

/** Created sheets the officer typed into since (undo asks before deleting them). */
export function editedCreatedSheets(
  workbook: ExcelJS.Workbook,
  entry: XlsxEntry,
  ids: SheetIds
): { sheet: string; cells: string[] }[] {
  const date1904 = workbook.properties.date1904 === true;
  return entry.created.flatMap((c) => {
    const ws = ids.byId(c.sheetId);
    if (!ws) return [];
    const cells = editedCells(c, readGrid(ws, date1904));
    return cells.length > 0 ? [{ sheet: ws.name, cells }] : [];
  });
}

/**
 * Undo one entry: compare and follow per sheet (core), restore the cells still holding what the plan wrote where
 * they are now, unmerge the plan's merges, put back widths/validations/views, delete the created sheets.
 */
export function undoEntry(
  workbook: ExcelJS.Workbook,
  entry: XlsxEntry,
  ids: SheetIds,
  options: UndoOptions
): UndoResult {
  if (!options.confirm) {
    const edited = editedCreatedSheets(workbook, entry, ids);
    if (edited.length > 0) return { status: "confirm", action: entry.action, edited };
  }
  const date1904 = workbook.properties.date1904 === true;
  const restored: CellAt[] = [];
  const kept: KeptCell[] = [];
  let sheetGone = false;
  for (const s of entry.sheets) {
    const ws = ids.byId(s.sheetId);
    if (!ws) {
      sheetGone = true;
      continue;
    }
    const plan = planSheetUndo(s, sheetNowOf(ws, date1904), ws.name);
    for (const m of plan.unmerge) {
      const master = ws.findCell(m.top, m.left);
      if (master?.isMerged) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
    }
    for (const r of plan.restore) {
      restoreCell(ws, r.row, r.col, r.cell.restore, {
        rows: r.row - r.cell.row,
        cols: r.col - r.cell.col,
      });
      restored.push({ sheet: ws.name, address: toA1(r.row, r.col) });
    }
    kept.push(...plan.kept);
    const layout = entry.host.sheets.get(s.sheet);
    if (layout) restoreSheetLayout(ws, layout);
  }
  const deleted: string[] = [];
  for (const c of [...entry.created].reverse()) {
    const ws = ids.byId(c.sheetId);
    if (!ws) continue;
    deleted.push(ws.name);
    removeMarkers(workbook, ws.name);
    workbook.removeWorksheet(ws.id);
  }
  entry.host.restoreWorkbookFlags();
  return undoOutcome(entry.action, restored, kept, deleted.reverse(), entry.partial, sheetGone);
}
