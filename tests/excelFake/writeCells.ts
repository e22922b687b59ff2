import { EXCEL_ERRORS, type RangeRef } from "../../src/core";
import { FakeExcelError } from "./fakeErrors";
import { ensureCell, type FakeCell, type FakeSheet, type FakeValue } from "./fakeState";
import { beforeWrite } from "./spills";

/** How the fake computes a formula's value. It does not calculate by default: formula cells show 0. */
export type FakeCalculator = (formula: string, sheet: string) => FakeValue;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ERRORS: ReadonlySet<string> = new Set(EXCEL_ERRORS);

/** Check that a 2-D array has exactly the range's shape (Excel: InvalidArgument otherwise). */
export function checkShape(data: unknown, ref: RangeRef, prop: string): unknown[][] {
  const rows = ref.bottom - ref.top + 1;
  const cols = ref.right - ref.left + 1;
  const ok =
    Array.isArray(data) &&
    data.length === rows &&
    data.every((r) => Array.isArray(r) && r.length === cols);
  if (!ok) {
    throw new FakeExcelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`
    );
  }
  return data as unknown[][];
}

/**
 * Put one entry of a `values`/`formulas` array into a cell the way Excel does: null leaves the cell alone,
 * "" clears it, strings are parsed (=… formula, numbers, TRUE/FALSE, and +/-/@ starts become formulas)
 * unless the cell is formatted as text ("@") or the string starts with an apostrophe (which is dropped).
 */
export function writeEntry(
  sheet: FakeSheet,
  row: number,
  col: number,
  entry: unknown,
  calc: FakeCalculator
): void {
  if (entry === null || entry === undefined) return;
  const cell = ensureCell(sheet, row, col);
  // Into a spilled cell: the anchor shows #SPILL! ("" changes nothing); over an anchor: its spill goes.
  if (!beforeWrite(sheet, cell, entry)) return;
  if (typeof entry === "number" || typeof entry === "boolean") {
    setConstant(cell, entry);
    return;
  }
  if (typeof entry !== "string")
    throw new FakeExcelError("InvalidArgument", `Unsupported cell value ${String(entry)}`);
  if (entry === "") {
    setConstant(cell, "");
    return;
  }
  if (cell.numberFormat === "@") {
    setConstant(cell, entry);
    return;
  }
  if (entry.startsWith("'")) {
    setConstant(cell, entry.slice(1));
    return;
  }
  if (NUMBER.test(entry)) {
    setConstant(cell, Number(entry));
    return;
  }
  if (ERRORS.has(entry.toUpperCase())) {
    // Typed "#N/A" is an error constant in Excel (valueTypes "Error"); "'#N/A" is text.
    setConstant(cell, entry.toUpperCase());
    cell.error = true;
    return;
  }
  if (/^(true|false)$/i.test(entry)) {
    setConstant(cell, entry.toLowerCase() === "true");
    return;
  }
  const first = entry[0];
  if (first === "=" || first === "+" || first === "-" || first === "@") {
    const formula = first === "=" ? entry : `=${entry.slice(first === "@" ? 1 : 0)}`;
    cell.formula = formula;
    cell.value = calc(formula, sheet.name);
    return;
  }
  setConstant(cell, entry);
}

function setConstant(cell: FakeCell, value: FakeValue): void {
  cell.value = value;
  cell.error = false;
  cell.formula = null;
}

/**
 * A formula moved down by `rows` rows, as Excel's fill-down does: relative row numbers of A1 references shift,
 * `$`-anchored rows and text in quotes stay.
 * @example shiftRows("=ROUND(E8/D8*100,2)", 2) === "=ROUND(E10/D10*100,2)"
 */
export function shiftRows(formula: string, rows: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
            (m, c$: string, col: string, r$: string, row: string) =>
              r$ === "$" ? m : `${c$}${col}${r$}${Number(row) + rows}`
          )
    )
    .join("");
}

export function forEachCell(
  ref: RangeRef,
  fn: (row: number, col: number, i: number, j: number) => void
): void {
  for (let r = ref.top; r <= ref.bottom; r++) {
    for (let c = ref.left; c <= ref.right; c++) fn(r, c, r - ref.top, c - ref.left);
  }
}
