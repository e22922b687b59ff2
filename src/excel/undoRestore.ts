import { pickFormat, shiftFormula, toA1 } from "../core";
import type { CellFormat, JournalCell } from "../core";
import { toRectangles } from "./rectangles";
import type { Touched } from "./snapshot";
import { encodeRestore, isFormulaEntry, splitMatrix, type WriteCommand } from "./writeCommands";

/** How a cell is put back: what the snapshot read before the write, and which parts the plan changed. */
export type ExcelRestore = {
  readonly formula: unknown;
  readonly value: unknown;
  readonly valueType: unknown;
  readonly numberFormat: string;
  /** The formats the plan's styles changed, as they were; null: none (no style in its rectangle). */
  readonly format: CellFormat | null;
  readonly touched: Touched;
};

export type Restore = {
  readonly cell: JournalCell<ExcelRestore>;
  readonly row: number;
  readonly col: number;
};

/**
 * The restore of one sheet's cells at their places now: contents and number formats as whole 2-D arrays per
 * rectangle with null elsewhere (Office.js leaves those alone); the other formats (fill, font, bold, alignment,
 * wrap, borders) per cell, only the parts the plan changed.
 */
export function restoreCommands(
  sheet: string,
  cells: readonly Restore[],
  maxBytes: number
): WriteCommand[] {
  const at = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  const commands: WriteCommand[] = [];
  for (const rect of toRectangles(cells.map((c) => ({ row: c.row, col: c.col })))) {
    let anyContent = false;
    let anyFormat = false;
    const cellAt = (i: number, j: number) => at.get(`${rect.ref.top + i}:${rect.ref.left + j}`);
    const contents = rect.cells.map((row, i) =>
      row.map((_, j) => {
        const c = cellAt(i, j);
        const r = c?.cell.restore;
        if (!c || !r?.touched.content) return null;
        anyContent = true;
        // An old formula put back where its row is now: its references move with it, as Excel moves them.
        const formula =
          isFormulaEntry(r.formula, r.value) && (c.row !== c.cell.row || c.col !== c.cell.col)
            ? shiftFormula(r.formula, { rows: c.row - c.cell.row, cols: c.col - c.cell.col })
            : r.formula;
        return encodeRestore(formula, r.value, r.numberFormat, r.valueType);
      })
    );
    const formats = rect.cells.map((row, i) =>
      row.map((_, j) => {
        const r = cellAt(i, j)?.cell.restore;
        if (!r?.touched.format) return null;
        anyFormat = true;
        return r.numberFormat;
      })
    );
    if (anyFormat)
      commands.push(...splitMatrix(sheet, "numberFormat", rect.ref, formats, maxBytes));
    if (anyContent) commands.push(...splitMatrix(sheet, "formulas", rect.ref, contents, maxBytes));
  }
  for (const c of cells) {
    const { restore, wrote } = c.cell;
    if (!restore.format || !wrote.format) continue;
    const format = pickFormat(restore.format, wrote.format);
    commands.push({ kind: "cellFormat", sheet, address: toA1(c.row, c.col), format });
  }
  return commands;
}
