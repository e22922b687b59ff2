import { isCellError } from "../model/cell";
import { holdsFormat, type CellFormat } from "./formats";
import type { Written, WrittenContent } from "./types";

/** A cell as it is now: its value (a formula's result), its formula ("=…" or null), its number format. */
export type Holding = {
  readonly value: unknown;
  readonly formula: string | null;
  readonly numberFormat: string;
  /** Its other formats, where the host read them (see `SheetNow.formats`). */
  readonly format?: CellFormat;
};

/** How far a cell moved since it was written (rows or columns inserted or deleted above or left of it). */
export type Moved = { readonly rows: number; readonly cols: number };

/**
 * Whether a cell still holds what the add-in wrote there: the contents it wrote (formula text, or the value with no
 * formula), the number format and the other formats it set (bold, wrap, borders…). Anything the officer changed since makes it false: undo then keeps the cell.
 * A formula that moved with its cell has its relative references moved too, as Excel does.
 */
export function holdsWritten(now: Holding, wrote: Written, moved?: Moved): boolean {
  if (wrote.numberFormat !== null && now.numberFormat !== wrote.numberFormat) return false;
  if (wrote.format && now.format && !holdsFormat(now.format, wrote.format)) return false;
  return wrote.content === null || holdsContent(now, wrote.content, moved);
}

export function holdsContent(now: Holding, content: WrittenContent, moved?: Moved): boolean {
  if ("formula" in content)
    return (
      now.formula !== null &&
      sameFormula(now.formula, moved ? shiftFormula(content.formula, moved) : content.formula)
    );
  if (now.formula !== null) return false;
  return sameValue(now.value, content.value);
}

/** Formulas as Excel gives them back: case and spaces outside string literals do not matter. */
export function sameFormula(a: string, b: string): boolean {
  return canonicalFormula(a) === canonicalFormula(b);
}

/** A1 references outside string literals, not followed by "(" (a function such as LOG10). */
const REFERENCE = /(^|[^A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

/**
 * The formula as Excel shows it once its cell and the cells it refers to moved by `moved` (rows inserted above
 * both): relative row and column parts shift, `$` parts stay.
 * @example shiftFormula("=ROUND(E9/D9*100,2)", { rows: 1, cols: 0 }) === "=ROUND(E10/D10*100,2)"
 */
export function shiftFormula(f: string, moved: Moved): string {
  if (moved.rows === 0 && moved.cols === 0) return f;
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (_m, pre: string, dc: string, col: string, dr: string, row: string) => {
              const c = dc ? col : shiftColumn(col, moved.cols);
              const r = dr ? row : String(Number(row) + moved.rows);
              return `${pre}${dc}${c}${dr}${r}`;
            }
          )
    )
    .join('"');
}

/**
 * Whether every reference of a formula at `row` is to that same row (a village's rate from its own counts): such a
 * formula moves with its row as Excel moves it. A reference to other rows (a SUM over the villages) would have been
 * stretched by Excel when rows were inserted inside it, which a shift cannot tell.
 */
export function refersToOwnRowOnly(f: string, row: number): boolean {
  let own = true;
  f.split('"').forEach((part, i) => {
    if (i % 2 === 1) return;
    for (const m of part.matchAll(REFERENCE)) if (Number(m[5]) !== row) own = false;
  });
  return own;
}

function shiftColumn(letters: string, by: number): string {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  n += by;
  let out = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function canonicalFormula(f: string): string {
  return f
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, "").toUpperCase()))
    .join('"');
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function sameValue(now: unknown, wrote: unknown): boolean {
  if (isEmpty(wrote)) return isEmpty(now);
  if (typeof wrote === "number")
    return typeof now === "number" && Math.abs(now - wrote) <= 1e-9 * Math.max(1, Math.abs(wrote));
  // An error value is kept by hosts as its text ("#N/A").
  if (isCellError(now)) return now.error === wrote;
  return now === wrote;
}

/** A cell's value as the text that identifies its row (numbers rounded off float noise); "" when empty. */
export function keyText(v: unknown): string {
  if (isEmpty(v)) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return String(Math.round(v * 1e9) / 1e9);
  return String(v);
}
