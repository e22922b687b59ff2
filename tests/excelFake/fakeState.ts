import { fromA1, rangeFromA1, rangeToA1 } from "../../src/core";
import type { RangeRef } from "../../src/core";

/** A cell value as Office.js shows it in `range.values`: "" is empty, errors are strings like "#DIV/0!". */
export type FakeValue = number | string | boolean;

export type FakeCell = {
  value: FakeValue;
  /** The value is an Excel error (`valueTypes` "Error"), not text that looks like one. */
  error: boolean;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  italic: boolean;
  fontColor: string | null;
  fontName: string | null;
  fontSize: number | null;
  horizontal: string | null;
  wrap: boolean;
  /** Border style per edge that was set ("Continuous", …). */
  borders: Record<string, string>;
  /** A line's colour per edge where it is not automatic (black); only edges with a line. */
  borderColors: Record<string, string>;
  /** A line's weight per edge where it is not "Thin"; only edges with a line. */
  borderWeights: Record<string, string>;
};

export type FakeValidation = {
  address: string;
  rule: unknown;
  prompt: unknown;
  errorAlert: unknown;
};
export type FakeSeries = { name: string; values: string | null; categories: string | null };
export type FakeChart = {
  name: string;
  type: string;
  source: string;
  title: string;
  series: FakeSeries[];
  position: { start: string; end: string | null } | null;
};

/**
 * An Excel Table (ListObject): `ref` is the whole table, its header row included when `showHeaders` (Table.showHeaders,
 * ExcelApi 1.1: "Specifies if the header row is visible. This value can be set to show or remove the header row").
 * Without a header row the table's first row is data.
 */
export type FakeTable = {
  name: string;
  ref: RangeRef;
  showHeaders: boolean;
  /** The column names while the header row is off (Excel keeps them for structured references). */
  headers?: FakeValue[];
};

/** A custom conditional format: overlays `fill` on `ref` while `formula` is true (the fake: always). */
export type FakeConditionalFormat = {
  id: string;
  ref: RangeRef;
  formula: string;
  fill: string | null;
};

export type FakeSheet = {
  /** `Worksheet.id`: stable through renames and moves (ExcelApi 1.1, "Worksheet" reference). */
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Worksheet protection: every write to the sheet fails with AccessDenied. */
  protected: boolean;
  tables: FakeTable[];
  conditionalFormats: FakeConditionalFormat[];
  /** Keyed by `cellKey(row, col)`. */
  cells: Map<number, FakeCell>;
  merges: RangeRef[];
  /** Column widths in points (Office.js `format.columnWidth`). */
  columnWidths: Map<number, number>;
  validations: FakeValidation[];
  charts: FakeChart[];
  frozenRows: number;
};

/** A defined name that refers to a cell of a sheet; the sheet is null once deleted (the name reads #REF!). */
export type FakeName = { name: string; sheet: FakeSheet | null; cell: string; comment: string };

export type FakeState = {
  sheets: FakeSheet[];
  names: FakeName[];
  active: string | null;
  selection: { sheet: string; address: string } | null;
  /** Cells were written under suspended calculation and the workbook was not calculated since. */
  calculationStale?: boolean;
  /** Calls that clear Excel's own undo history (Worksheet delete, name), e.g. "delete S". */
  undoHistoryClears?: string[];
};

export function newCell(): FakeCell {
  return {
    value: "",
    error: false,
    formula: null,
    numberFormat: "General",
    fill: null,
    bold: false,
    italic: false,
    fontColor: null,
    fontName: null,
    fontSize: null,
    horizontal: null,
    wrap: false,
    borders: {},
    borderColors: {},
    borderWeights: {},
  };
}

let sheetIds = 0;

export function newSheet(name: string): FakeSheet {
  sheetIds++;
  return {
    id: `{00000000-0001-0000-0000-${String(sheetIds).padStart(12, "0")}}`,
    name,
    visibility: "Visible",
    protected: false,
    tables: [],
    conditionalFormats: [],
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    validations: [],
    charts: [],
    frozenRows: 0,
  };
}

/** Excel has 16,384 columns: one number per cell keeps lookups cheap. */
const COLS = 16_384;
export const cellKey = (row: number, col: number): number => row * COLS + (col - 1);
export const keyToCell = (key: number): [row: number, col: number] => [
  Math.floor(key / COLS),
  (key % COLS) + 1,
];

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = newCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function hasContent(c: FakeCell): boolean {
  return c.value !== "" || c.formula !== null;
}

export function hasFormat(c: FakeCell): boolean {
  const d = newCell();
  return (
    c.numberFormat !== d.numberFormat ||
    c.fill !== null ||
    c.bold ||
    c.italic ||
    c.fontColor !== null ||
    c.fontName !== null ||
    c.fontSize !== null ||
    c.horizontal !== null ||
    c.wrap ||
    Object.keys(c.borders).length > 0
  );
}

/** Bounding box of cells with content (valuesOnly) or with content or formatting, like Excel's used range. */
export function usedRange(sheet: FakeSheet, valuesOnly: boolean): RangeRef | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const [key, c] of sheet.cells) {
    if (!(hasContent(c) || (!valuesOnly && hasFormat(c)))) continue;
    const [r, col] = keyToCell(key);
    top = Math.min(top, r);
    left = Math.min(left, col);
    bottom = Math.max(bottom, r);
    right = Math.max(right, col);
  }
  return top === Infinity ? null : { top, left, bottom, right };
}

/** Excel quotes sheet names that are not plain identifiers in addresses: 'Phụ lục'!A1. */
export function quoteForAddress(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function absoluteAddress(sheet: string, ref: RangeRef): string {
  return `${quoteForAddress(sheet)}!${rangeToA1(ref)}`;
}

/** "A1", "A1:B2", "Sheet1!A1:B2" or "'Phụ lục'!A1" → RangeRef (the sheet part is ignored). */
export function parseRangeAddress(address: string): RangeRef {
  const bang = address.lastIndexOf("!");
  const local = (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
  const columns = /^([A-Za-z]{1,3})(?::([A-Za-z]{1,3}))?$/.exec(local);
  if (columns) {
    const a = fromA1(`${columns[1]}1`).col;
    const b = fromA1(`${columns[2] ?? columns[1]}1`).col;
    return { top: 1, left: Math.min(a, b), bottom: 1048576, right: Math.max(a, b) };
  }
  return rangeFromA1(local);
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

/** A sheet by name (any case) or by id, as `worksheets.getItem` finds it. */
export function findSheet(state: FakeState, name: string): FakeSheet | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower || s.id === name);
}
