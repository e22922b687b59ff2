/**
 * The officer's row edits on an ExcelJS workbook (the xlsx host has no UI for them; tests play them here as Excel
 * does them: cells with their styles move, merges move, a formula's references to moved rows follow, a sort moves
 * whole rows and a moved formula's relative references with it).
 */
import type * as ExcelJS from "exceljs";
import { fromA1, shiftFormula, toA1 } from "../../src/core";
import { mergesOf } from "../../src/xlsx/readGrid";

type Snap = { row: number; col: number; model: ExcelJS.CellModel };

function takeAll(ws: ExcelJS.Worksheet): Snap[] {
  const out: Snap[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      out.push({ row: r, col: c, model: structuredClone(cell.model) as ExcelJS.CellModel });
    })
  );
  return out;
}

/** Rewrite the sheet with every cell moved by `map` (null: deleted), merges and formula references following. */
function rebuild(
  ws: ExcelJS.Worksheet,
  map: (row: number) => number | null,
  formula: (f: string, from: number, to: number) => string
): void {
  const cells = takeAll(ws);
  const merges = mergesOf(ws);
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  for (const c of cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = null;
    cell.style = {};
  }
  for (const c of cells) {
    const to = map(c.row);
    if (to === null) continue;
    const model = { ...c.model, address: toA1(to, c.col) } as unknown as ExcelJS.CellModel & {
      formula?: string;
      sharedFormula?: string;
    };
    if (model.formula) model.formula = formula(`=${model.formula}`, c.row, to).slice(1);
    delete model.sharedFormula;
    const cell = ws.getCell(to, c.col);
    // A merged area's other cells take their value from its top-left cell: only their style moves.
    if (c.model.type !== 1 /* Merge */) cell.model = model;
    cell.style = c.model.style ?? {};
  }
  for (const m of merges) {
    const top = map(m.top);
    const bottom = map(m.bottom);
    if (top !== null && bottom !== null && (bottom > top || m.right > m.left))
      ws.mergeCellsWithoutStyle(top, m.left, bottom, m.right);
  }
}

/** References to rows at or after `at` move by `count` (deleted rows: left as they were; the tests avoid them). */
function referencesShifted(f: string, map: (row: number) => number | null): string {
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.!'])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (_m, pre: string, dc: string, col: string, dr: string, row: string) => {
              const r = map(fromA1(`${col}${row}`).row) ?? Number(row);
              return `${pre}${dc}${col}${dr}${r}`;
            }
          )
    )
    .join('"');
}

export function insertRows(ws: ExcelJS.Worksheet, at: number, count = 1): void {
  const map = (r: number) => (r >= at ? r + count : r);
  rebuild(ws, map, (f) => referencesShifted(f, map));
}

export function deleteRows(ws: ExcelJS.Worksheet, at: number, count = 1): void {
  const map = (r: number) => (r < at ? r : r < at + count ? null : r - count);
  rebuild(ws, map, (f) => referencesShifted(f, map));
}

/** Sort rows `top`…`bottom` by column `by` (numbers first, then text; stable). */
export function sortRows(ws: ExcelJS.Worksheet, top: number, bottom: number, by: number): void {
  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  const keyOf = (r: number): number | string => {
    const cell = ws.findCell(r, by);
    const v: unknown = cell?.formula ? cell.result : cell?.value;
    return typeof v === "number" ? v : v === null || v === undefined ? "\uffff" : String(v);
  };
  const order = [...rows].sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    if (typeof x === "number" && typeof y === "number") return x - y || a - b;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x.localeCompare(y, "vi") || a - b;
  });
  const target = new Map(order.map((from, i) => [from, top + i]));
  rebuild(
    ws,
    (r) => target.get(r) ?? r,
    (f, from, to) => shiftFormula(f, { rows: to - from, cols: 0 })
  );
}
