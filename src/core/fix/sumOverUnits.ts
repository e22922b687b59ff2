import { toColumnLetters } from "../address";
import type { CountRole } from "../model/roles";
import type { TableData } from "../model/tableData";
import { readNumber } from "../validate/cellValues";
import { cleanFloat } from "../rates/cleanFloat";

/**
 * `SUM(E8:E10,E12:E13)` over the unit rows only, one range per run of consecutive unit rows, so blank rows,
 * sub-headings or sub-totals inside the data never count.
 * @example buildUnitSum(col 5, rows [8,9,10,12,13]) === "SUM(E8:E10,E12:E13)"
 */
export function buildUnitSum(col: number, unitRows: readonly number[]): string {
  const letters = toColumnLetters(col);
  const parts: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  const flush = (): void => {
    if (start === undefined || prev === undefined) return;
    parts.push(start === prev ? `${letters}${start}` : `${letters}${start}:${letters}${prev}`);
  };
  for (const r of unitRows) {
    if (prev !== undefined && r === prev + 1) {
      prev = r;
      continue;
    }
    flush();
    start = r;
    prev = r;
  }
  flush();
  return `SUM(${parts.join(",")})`;
}

/** Sum of a count column over the unit rows, or undefined when a cell is unreadable or there are no units. */
export function sumUnits(data: TableData, role: CountRole): number | undefined {
  if (data.units.length === 0) return undefined;
  let total = 0;
  for (const u of data.units) {
    const n = readNumber(u.cells[role]);
    if (n === undefined) return undefined;
    total += n;
  }
  return Number.isFinite(total) ? cleanFloat(total) : undefined;
}
