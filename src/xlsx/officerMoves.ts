/**
 * The officer's row insert on an ExcelJS sheet, as Excel does it (the preview and the self-test's
 * `undo-after-row-insert` play it): every cell from the row down moves down with its style, merges move, and the
 * formulas' references to moved rows follow. Excel Tables are not moved: insert outside them.
 */
import type * as ExcelJS from "exceljs";
import { fromA1, toA1 } from "../core";
import { mergesOf } from "./readGrid";

type Snap = { row: number; col: number; model: ExcelJS.CellModel };

/** References to rows at or after `at` move by `count`, outside string literals. */
function shiftReferences(f: string, at: number, count: number): string {
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.!'])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (_m, pre: string, dc: string, col: string, dr: string, row: string) => {
              const r = fromA1(`${col}${row}`).row;
              return `${pre}${dc}${col}${dr}${r >= at ? r + count : r}`;
            }
          )
    )
    .join('"');
}

export function insertRows(ws: ExcelJS.Worksheet, at: number, count: number): void {
  const cells: Snap[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells.push({ row: r, col: c, model: structuredClone(cell.model) as ExcelJS.CellModel });
    })
  );
  const merges = mergesOf(ws);
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  for (const c of cells) {
    if (c.row < at) continue;
    const cell = ws.getCell(c.row, c.col);
    cell.value = null;
    cell.style = {};
  }
  for (const c of cells) {
    const to = c.row >= at ? c.row + count : c.row;
    const model = { ...c.model, address: toA1(to, c.col) } as unknown as ExcelJS.CellModel & {
      formula?: string;
      sharedFormula?: string;
    };
    if (model.formula) model.formula = shiftReferences(`=${model.formula}`, at, count).slice(1);
    delete model.sharedFormula;
    if (to === c.row && !model.formula) continue;
    const cell = ws.getCell(to, c.col);
    if (c.model.type !== 1 /* Merge: its value is its top-left cell's */) cell.model = model;
    cell.style = c.model.style ?? {};
  }
  for (const m of merges) {
    const top = m.top >= at ? m.top + count : m.top;
    const bottom = m.bottom >= at ? m.bottom + count : m.bottom;
    ws.mergeCellsWithoutStyle(top, m.left, bottom, m.right);
  }
}
