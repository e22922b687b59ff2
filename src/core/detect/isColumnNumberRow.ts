import type { GridReader } from "../grid/createGridReader";
import { isBlank } from "./cellText";

/** A column's own number or letter, optionally bracketed: "1", "(1)", "[2]", "{3}", "A", "(B)", "Cột 4". */
const HEAD = /^(?:c[oộ]t\s*)?[([{]?\s*(?:(\d{1,3})|([A-Za-z]{1,2}))\s*[)\]}]?/iu;
/** What may follow it: a formula over other columns ("=(2)/(1)", "= [(5)-(9)]/(4) × 100", "=1+2", "= A x 100%"). */
const TAIL = /^[\s\d\-+*/x×:=÷.,%()[\]{}A-Za-z]*$/;
const MAX_TEXT = 48;

/**
 * true for the optional column-number row under a header, in every form officers write: "(1) (2) (3)…", "1 2 3…",
 * "[1] [2]…", "A B 1 2…", "(A) (B)", "3=1/2", "(3)=(2)/(1)", "(13)=[(5)-(9)]/(4)×100".
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
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  if (t.length > MAX_TEXT) return undefined;
  const head = HEAD.exec(t);
  if (!head) return undefined;
  const tail = t.slice(head[0].length);
  if (!TAIL.test(tail) || /[A-Za-z]{2}/.test(tail)) return undefined;
  return head[1] !== undefined ? Number(head[1]) : null;
}
