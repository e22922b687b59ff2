import type { GridReader } from "../grid/createGridReader";
import { isBlank } from "./cellText";

const TOKEN = String.raw`\(?\s*[0-9]{1,3}\s*\)?|\(?\s*[A-Za-z]{1,2}\s*\)?`;
const COLUMN_NUMBER = new RegExp(String.raw`^(?:${TOKEN})(?:\s*[-+*/x×:=]\s*(?:${TOKEN}))*$`);

/**
 * true for the optional column-number row under a header: "(1) (2) (3)…", "1 2 3…", "A B 1 2…", "(3)=(2)/(1)".
 * The numbers must count up by one from cell to cell (letters may come first), so a data row is never taken for it.
 * @example a row of 1, 2, 3, 4 or "(1)", "(2)", "(3)=(2)/(1)" → true; 1, 5, 100, 5 → false
 */
export function isColumnNumberRow(
  reader: GridReader,
  row: number,
  c0: number,
  c1: number
): boolean {
  let filled = 0;
  let width = 0;
  let previous: number | null = null;
  for (let c = c0; c <= c1; c++) {
    width++;
    const v = reader.raw(row, c);
    if (isBlank(v)) continue;
    const n = readLeadingNumber(v);
    if (n === undefined) return false;
    if (n !== null) {
      if (previous !== null && n !== previous + 1) return false;
      previous = n;
    }
    filled++;
  }
  return filled >= 2 && filled * 2 >= width && previous !== null;
}

/** The cell's first number (null for a letter token like "A"), or undefined when it is not a column number. */
function readLeadingNumber(v: unknown): number | null | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v <= 300 ? v : undefined;
  if (typeof v !== "string" || !COLUMN_NUMBER.test(v.trim())) return undefined;
  const m = /\d+/.exec(v);
  return m ? Number(m[0]) : null;
}
