/** An Excel error value such as `#DIV/0!`, kept as a value (HyperFormula's CellError idea). */
export type CellError = { readonly error: string };

/** What a host puts in a Grid cell: the value Excel shows (a formula's cached result), dates as serial numbers. */
export type RawValue = number | string | boolean | null | CellError;

/** A scalar a plan may write. `null` clears the cell. */
export type Scalar = number | string | boolean | null;

/** Known Excel error strings (Office.js returns them as strings in `range.values`). */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
] as const;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}
