import type { CellRef, RangeRef } from "./model/address";
import { InvalidAddressError } from "./errors";

/**
 * Column number (1-based) to letters.
 * @example toColumnLetters(1) === "A"; toColumnLetters(28) === "AB"
 * @throws InvalidAddressError for a column below 1
 */
export function toColumnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new InvalidAddressError(`column ${col}`);
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** @example fromColumnLetters("AB") === 28 */
export function fromColumnLetters(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new InvalidAddressError(letters);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** @example toA1(9, 6) === "F9" */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1) throw new InvalidAddressError(`row ${row}`);
  return `${toColumnLetters(col)}${row}`;
}

/** @example fromA1("$F$9") → { row: 9, col: 6 } */
export function fromA1(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new InvalidAddressError(address);
  return { row: Number(m[2]), col: fromColumnLetters(m[1] as string) };
}

/** @example rangeToA1({top:5,left:1,bottom:14,right:9}) === "A5:I14" */
export function rangeToA1(r: RangeRef): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** @example rangeFromA1("A5:I14") → { top: 5, left: 1, bottom: 14, right: 9 } */
export function rangeFromA1(s: string): RangeRef {
  const parts = s.split(":");
  if (parts.length < 1 || parts.length > 2) throw new InvalidAddressError(s);
  const a = fromA1(parts[0] as string);
  const b = parts.length === 2 ? fromA1(parts[1] as string) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Quote a sheet name for use in a formula: 'Phụ lục'!A1. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
