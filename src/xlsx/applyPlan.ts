import type * as ExcelJS from "exceljs";
import { applyPrintSetup } from "./applyPrintSetup";
import type { RangeRef } from "../core";
import { HostError } from "../core";
import type { CellWrite, PlanCell, SheetPlan, ValidationSpec, WritePlan } from "../core";
import { UsageError } from "../core";
import { inTableBody, toA1 } from "../core";
import { mergesOf } from "./readGrid";
import type { UndoStep } from "./snapshot";
import { buildStyle } from "./styles";
import { sheetTables } from "./tables";

const overlaps = (a: RangeRef, b: RangeRef) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const sameRange = (a: RangeRef, b: RangeRef) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/**
 * Check the whole plan against the workbook before anything is written, so a bad plan changes nothing.
 * @throws HostError SHEET_NOT_FOUND / SHEET_EXISTS; UsageError for a malformed plan (formula without "=",
 * a merge that cuts through an existing merged area).
 */
export function checkPlan(
  workbook: ExcelJS.Workbook,
  plan: WritePlan,
  hiddenSheets: readonly string[]
): void {
  const creating = new Set<string>();
  for (const sp of plan.sheets) {
    const exists = workbook.getWorksheet(sp.sheet) !== undefined || creating.has(sp.sheet);
    if (sp.create) {
      if (exists || hiddenSheets.includes(sp.sheet))
        throw new HostError("SHEET_EXISTS", { sheet: sp.sheet });
      creating.add(sp.sheet);
    } else if (!exists) {
      throw new HostError("SHEET_NOT_FOUND", { sheet: sp.sheet });
    }
    for (const w of sp.writes) {
      if (!Number.isInteger(w.row) || !Number.isInteger(w.col) || w.row < 1 || w.col < 1) {
        throw new UsageError(`bad cell ${w.row},${w.col} in plan ${plan.action}`);
      }
      if (w.cell && "formula" in w.cell && !w.cell.formula.startsWith("=")) {
        throw new UsageError(`formula without "=" at ${toA1(w.row, w.col)}: ${w.cell.formula}`);
      }
    }
    const ws = workbook.getWorksheet(sp.sheet);
    const existing = ws && !sp.create ? mergesOf(ws) : [];
    for (const m of sp.merges ?? []) {
      if (existing.some((e) => overlaps(e, m) && !sameRange(e, m))) {
        throw new UsageError(
          `merge ${toA1(m.top, m.left)} overlaps an existing merged area on ${sp.sheet}`
        );
      }
    }
  }
}

/** Turn shared formulas whose master cell is about to be overwritten into plain formulas (snapshotted first). */
function unshareFormulas(
  ws: ExcelJS.Worksheet,
  writes: readonly CellWrite[],
  step: UndoStep
): void {
  const overwritten = new Set(writes.filter((w) => w.cell).map((w) => toA1(w.row, w.col)));
  if (overwritten.size === 0) return;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const model = cell.model;
      if (
        model.sharedFormula &&
        overwritten.has(model.sharedFormula) &&
        !overwritten.has(cell.address)
      ) {
        step.cell(ws, r, c);
        cell.value = { formula: cell.formula, result: model.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
}

function writeCell(cell: ExcelJS.Cell, planCell: PlanCell): boolean {
  if ("formula" in planCell) {
    const value: { formula: string; result?: number | string | boolean } = {
      formula: planCell.formula.slice(1),
    };
    if (planCell.result !== undefined && planCell.result !== null) value.result = planCell.result;
    cell.value = value as ExcelJS.CellFormulaValue;
    return true;
  }
  // A string is stored as a (shared) string: ExcelJS never parses it, so "=HYPERLINK(…)" stays text.
  cell.value = planCell.value;
  return false;
}

function writeValidation(ws: ExcelJS.Worksheet, v: ValidationSpec): void {
  const validation: ExcelJS.DataValidation = {
    type: v.type,
    operator: "between",
    allowBlank: true,
    formulae: [v.min, v.max],
    showErrorMessage: true,
    errorStyle: "stop",
  };
  if (v.prompt !== undefined) {
    validation.showInputMessage = true;
    validation.prompt = v.prompt;
  }
  if (v.errorMessage !== undefined) validation.error = v.errorMessage;
  for (let r = v.range.top; r <= v.range.bottom; r++) {
    for (let c = v.range.left; c <= v.range.right; c++)
      ws.getCell(r, c).dataValidation = { ...validation };
  }
}

export type SheetOutcome = {
  cellsWritten: number;
  formulasWritten: boolean;
  /** The merges made (a merge over cells holding data is not made: merging keeps only the top-left value). */
  merges: RangeRef[];
};

/** Whether a cell of the area other than its top-left holds something (a merge would drop it). */
function holdsDataBesideTopLeft(ws: ExcelJS.Worksheet, m: RangeRef): boolean {
  for (let r = m.top; r <= m.bottom; r++)
    for (let c = m.left; c <= m.right; c++) {
      if (r === m.top && c === m.left) continue;
      const v = ws.findCell(r, c)?.value;
      if (v !== null && v !== undefined && v !== "") return true;
    }
  return false;
}

/** Apply one sheet's changes, snapshotting each thing into `step` just before it changes. Charts are not written. */
export function applySheet(ws: ExcelJS.Worksheet, sp: SheetPlan, step: UndoStep): SheetOutcome {
  let formulasWritten = false;
  const merges: RangeRef[] = [];
  unshareFormulas(ws, sp.writes, step);
  for (const m of sp.merges ?? []) {
    if (mergesOf(ws).some((e) => sameRange(e, m))) continue;
    // The officer's notes under a header cell the plan would merge over stay: the merge is left out.
    if (holdsDataBesideTopLeft(ws, m)) continue;
    merges.push(m);
    step.area(ws, m);
    ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  const tables = sheetTables(ws);
  for (const w of sp.writes) {
    const cell = ws.getCell(w.row, w.col);
    if (w.cell) {
      // As in Excel (where a formula in a table column fills the whole column), a table cell gets the value.
      const planCell =
        "formula" in w.cell && w.cell.result !== undefined && inTableBody(tables, w.row, w.col)
          ? { value: w.cell.result }
          : w.cell;
      // A merged area's value lives in its top-left cell (ExcelJS forwards it there too); styles stay per cell.
      const master = cell.master;
      step.cell(ws, Number(master.row), Number(master.col));
      if (writeCell(master, planCell)) formulasWritten = true;
    }
    if (w.numberFormat !== undefined || w.style !== undefined) {
      step.cell(ws, w.row, w.col);
      cell.style = buildStyle(cell.style, w.numberFormat, w.style);
    }
  }
  for (const { col, width } of sp.columnWidths ?? []) {
    step.width(ws, col);
    ws.getColumn(col).width = width;
  }
  if (sp.validations?.length) {
    step.validations(ws);
    for (const v of sp.validations) writeValidation(ws, v);
  }
  for (const [i, t] of (sp.tables ?? []).entries()) {
    if (!sp.create) throw new UsageError(`tables are created on new sheets only (${sp.sheet})`);
    addTable(ws, t.range, t.name ?? `Bang${i + 1}`);
  }
  if (sp.freezeRows !== undefined) {
    step.views(ws);
    const frozen = {
      state: "frozen",
      xSplit: 0,
      ySplit: sp.freezeRows,
      topLeftCell: toA1(sp.freezeRows + 1, 1),
    };
    ws.views = [{ ...(ws.views ?? [])[0], ...frozen } as ExcelJS.WorksheetView];
  }
  if (sp.print && sp.create) applyPrintSetup(ws, sp.print);
  return { cellsWritten: sp.writes.length, formulasWritten, merges };
}

/** An Excel Table over cells already written: header texts become the column names (ExcelJS rewrites the cells). */
function addTable(ws: ExcelJS.Worksheet, r: RangeRef, name: string): void {
  const plain = (v: ExcelJS.CellValue): string | number | boolean | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    return String(v);
  };
  const columns = [];
  for (let c = r.left; c <= r.right; c++) {
    const header = plain(ws.getCell(r.top, c).value);
    columns.push({
      name: header === null || header === "" ? `Column${c - r.left + 1}` : String(header),
    });
  }
  const rows = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const line = [];
    for (let c = r.left; c <= r.right; c++) {
      const cell = ws.getCell(row, c);
      line.push(cell.formula ? { formula: cell.formula, result: cell.result } : plain(cell.value));
    }
    rows.push(line);
  }
  ws.addTable({
    name,
    ref: toA1(r.top, r.left),
    headerRow: true,
    columns,
    rows,
  } as ExcelJS.TableProperties);
}
