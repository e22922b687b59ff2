import type { GridReader } from "../grid/createGridReader";
import { isBlank } from "./cellText";

const TOKEN = String.raw`\(?\s*[0-9]{1,3}\s*\)?|\(?\s*[A-Za-z]{1,2}\s*\)?`;
const COLUMN_NUMBER = new RegExp(String.raw`^(?:${TOKEN})(?:\s*[-+*/x×:=]\s*(?:${TOKEN}))*$`);

/**
 * true for the optional column-number row under a header: "(1) (2) (3)…", "1 2 3…", "A B 1 2…", "(3)=(2)/(1)".
 * @example a row of 1, 2, 3, 4 or "(1)", "(2)", "(3)=(2)/(1)" → true
 */
export function isColumnNumberRow(reader: GridReader, row: number, c0: number, c1: number): boolean {
  let filled = 0;
  let width = 0;
  for (let c = c0; c <= c1; c++) {
    width++;
    const v = reader.raw(row, c);
    if (isBlank(v)) continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 300) return false;
    } else if (typeof v !== "string" || !COLUMN_NUMBER.test(v.trim())) {
      return false;
    }
    filled++;
  }
  return filled >= 2 && filled * 2 >= width;
}
