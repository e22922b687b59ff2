import type * as ExcelJS from "exceljs";
import { shiftFormula, type Moved, type RangeRef } from "../core";
import { namesModel, restoreNames } from "./markers";
import { isDate, mergesOf } from "./readGrid";

/** One cell as it was: its whole ExcelJS model (value, formula, cached result, style), or nothing if absent. */
export type CellSnapshot = {
  readonly row: number;
  readonly col: number;
  readonly existed: boolean;
  readonly model: ExcelJS.CellModel | null;
};

export type SheetSnapshot = {
  readonly name: string;
  readonly cells: Map<string, CellSnapshot>;
  readonly merges: readonly RangeRef[];
  readonly widths: Map<number, number | undefined>;
  validations?: Record<string, unknown>;
  views?: { readonly saved: unknown };
};

/**
 * Everything one applied plan changed, captured before the first write, so `restore` puts the workbook back
 * exactly: cell models (values, formulas, cached results, number formats, styles), merges, column widths,
 * data validations, views (freeze panes), created sheets and the recalculation flag.
 */
export class UndoStep {
  readonly sheets = new Map<string, SheetSnapshot>();
  readonly createdSheets: string[] = [];
  private readonly fullCalcOnLoad: boolean | undefined;
  private savedNames: { name: string; ranges: string[] }[] | null = null;

  constructor(
    readonly action: string,
    private readonly workbook: ExcelJS.Workbook
  ) {
    this.fullCalcOnLoad = workbook.calcProperties.fullCalcOnLoad;
  }

  private sheet(ws: ExcelJS.Worksheet): SheetSnapshot {
    let s = this.sheets.get(ws.name);
    if (!s) {
      s = { name: ws.name, cells: new Map(), merges: mergesOf(ws), widths: new Map() };
      this.sheets.set(ws.name, s);
    }
    return s;
  }

  /** Remember a cell before it changes (only the first time: that is the state to go back to). */
  cell(ws: ExcelJS.Worksheet, row: number, col: number): void {
    const s = this.sheet(ws);
    const key = `${row},${col}`;
    if (s.cells.has(key)) return;
    const found = ws.findCell(row, col);
    const model = found ? cloneCellModel(found.model) : null;
    s.cells.set(key, { row, col, existed: found !== undefined, model });
  }

  area(ws: ExcelJS.Worksheet, r: RangeRef): void {
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) this.cell(ws, row, col);
  }

  width(ws: ExcelJS.Worksheet, col: number): void {
    const s = this.sheet(ws);
    if (!s.widths.has(col)) s.widths.set(col, ws.getColumn(col).width);
  }

  validations(ws: ExcelJS.Worksheet): void {
    const s = this.sheet(ws);
    s.validations ??= { ...validationModel(ws) };
  }

  views(ws: ExcelJS.Worksheet): void {
    const s = this.sheet(ws);
    s.views ??= { saved: structuredClone(ws.views) as unknown };
  }

  created(name: string): void {
    this.createdSheets.push(name);
  }

  /** Remember the workbook's defined names before a marker is added. */
  names(workbook: ExcelJS.Workbook): void {
    this.savedNames ??= namesModel(workbook);
  }

  /** Put everything back, newest change first. */
  restore(): void {
    for (const name of [...this.createdSheets].reverse()) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
    for (const s of this.sheets.values()) {
      if (this.createdSheets.includes(s.name)) continue;
      const ws = this.workbook.getWorksheet(s.name);
      if (ws) restoreSheet(ws, s);
    }
    this.restoreWorkbookFlags();
  }

  /** The workbook's defined names and recalculation flag as they were. */
  restoreWorkbookFlags(): void {
    if (this.savedNames) restoreNames(this.workbook, this.savedNames);
    const calc = this.workbook.calcProperties as { fullCalcOnLoad?: boolean };
    if (this.fullCalcOnLoad === undefined) delete calc.fullCalcOnLoad;
    else calc.fullCalcOnLoad = this.fullCalcOnLoad;
  }
}

/**
 * A deep copy of a cell model whose date value is a Date of this realm: `structuredClone` may hand back a Date of
 * another realm (jest's vm, a polyfill), which ExcelJS's `instanceof Date` checks would then not recognise.
 */
function cloneCellModel(model: ExcelJS.CellModel): ExcelJS.CellModel {
  const copy = structuredClone(model) as ExcelJS.CellModel;
  const value: unknown = model.value;
  return isDate(value)
    ? ({ ...copy, value: new Date(value.getTime()) } as ExcelJS.CellModel)
    : copy;
}

function validationModel(ws: ExcelJS.Worksheet): Record<string, unknown> {
  return (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations
    .model;
}

const sameRange = (a: RangeRef, b: RangeRef) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

function restoreSheet(ws: ExcelJS.Worksheet, s: SheetSnapshot): void {
  const now = mergesOf(ws);
  for (const m of now)
    if (!s.merges.some((o) => sameRange(o, m))) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  for (const m of s.merges)
    if (!now.some((o) => sameRange(o, m)))
      ws.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
  for (const c of s.cells.values()) restoreCell(ws, c.row, c.col, c);
  restoreSheetLayout(ws, s);
}

/** Put one cell back as the snapshot saw it, at (row, col) — where undo found it, which may differ from `c`'s. */
export function restoreCell(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  c: CellSnapshot,
  moved: Moved = { rows: 0, cols: 0 }
): void {
  const cell = ws.getCell(row, col);
  if (!c.model) {
    if (cell.type !== 1 /* Merge */) cell.value = null;
    cell.style = {};
    return;
  }
  const model = {
    ...cloneCellModel(c.model),
    address: cell.address,
  } as unknown as ExcelJS.CellModel & { formula?: string };
  // Put back where its row is now: a formula's references move with it, as Excel moves them.
  if (model.formula && (moved.rows !== 0 || moved.cols !== 0))
    model.formula = shiftFormula(`=${model.formula}`, moved).slice(1);
  if (model.type === 1 /* Merge: its value is the master's, restored with the master */) {
    cell.style = model.style;
  } else {
    cell.model = model;
    cell.style = model.style ?? {};
  }
}

/** Column widths, data validations and views (freeze panes) as the snapshot saw them. */
export function restoreSheetLayout(ws: ExcelJS.Worksheet, s: SheetSnapshot): void {
  for (const [col, width] of s.widths) ws.getColumn(col).width = width as number;
  if (s.validations) {
    (
      ws as unknown as { dataValidations: { model: Record<string, unknown> } }
    ).dataValidations.model = s.validations;
  }
  if (s.views) ws.views = s.views.saved as ExcelJS.WorksheetView[];
}
