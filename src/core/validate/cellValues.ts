import type { ColumnRole } from "../model/roles";
import { COUNT_ROLES, RATE_ROLES } from "../model/roles";
import type { ParsedCell } from "../model/tableData";
import type { RowView } from "./types";

export const NUMERIC_ROLES: readonly ColumnRole[] = [...COUNT_ROLES, ...RATE_ROLES];

/** The number a cell stands for, or undefined when it is empty or unreadable. */
export function readNumber(cell: ParsedCell | undefined): number | undefined {
  return cell && cell.kind === "number" ? cell.value : undefined;
}

/** Every mapped numeric cell of the given rows, with its role. */
export function listNumericCells(
  rows: readonly RowView[]
): { row: RowView; role: ColumnRole; cell: ParsedCell }[] {
  const out: { row: RowView; role: ColumnRole; cell: ParsedCell }[] = [];
  for (const row of rows) {
    for (const role of NUMERIC_ROLES) {
      const cell = row.cells[role];
      if (cell) out.push({ row, role, cell });
    }
  }
  return out;
}

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
