import type { ColumnRole, CountRole } from "../model/roles";
import { COUNT_ROLES, RATE_ROLES } from "../model/roles";
import type { ParsedCell, RowCells } from "../model/tableData";
import { cleanFloat } from "../rates/cleanFloat";
import type { RowView } from "./types";

export const NUMERIC_ROLES: readonly ColumnRole[] = [...COUNT_ROLES, ...RATE_ROLES];

/** The number a cell stands for, or undefined when it is empty or unreadable. */
export function readNumber(cell: ParsedCell | undefined): number | undefined {
  return cell && cell.kind === "number" ? cell.value : undefined;
}

/** Every mapped numeric cell of the given rows, with its role. */
export function listNumericCells(rows: readonly RowView[]): readonly NumericCell[] {
  const known = LISTED.get(rows);
  if (known) return known;
  const out: NumericCell[] = [];
  for (const row of rows) {
    for (const role of NUMERIC_ROLES) {
      const cell = row.cells[role];
      if (cell) out.push({ row, role, cell });
    }
  }
  LISTED.set(rows, out);
  return out;
}

type NumericCell = { readonly row: RowView; readonly role: ColumnRole; readonly cell: ParsedCell };

/** The rules of one validation share the listing of its rows (five rules walk every numeric cell). */
const LISTED = new WeakMap<readonly RowView[], readonly NumericCell[]>();

/** What an issue shows as `actual` for a cell: the number, the text, the error string, the boolean, or null. */
export function toActual(cell: ParsedCell | undefined): number | string | boolean | null {
  if (!cell) return null;
  switch (cell.kind) {
    case "empty":
      return null;
    case "number":
      return cell.fromText && cell.text !== undefined ? cell.text : cell.value;
    case "text":
      return cell.text;
    case "error":
      return cell.error;
    case "boolean":
      return cell.value;
  }
}

/** Sum of a count over rows; undefined when any cell is unreadable or empty, or there are no rows. */
export function sumCounts(
  rows: readonly { readonly cells: RowCells }[],
  role: CountRole
): number | undefined {
  let total = 0;
  for (const r of rows) {
    const n = readNumber(r.cells[role]);
    if (n === undefined) return undefined;
    total += n;
  }
  return rows.length > 0 && Number.isFinite(total) ? cleanFloat(total) : undefined;
}
