import type { CellWrite } from "../model/plan";
import type { ColumnRole } from "../model/roles";
import type { ParsedCell, TableData } from "../model/tableData";
import { cleanFloat } from "../rates/cleanFloat";

/**
 * Turn a number written as text into a real number without changing it ("98" → 98); rates keep the column's form
 * (a fraction column gets 0.0439 for "4,39"). Returns null when the cell is not a number-as-text.
 */
export function buildNumberFromText(
  data: TableData,
  row: number,
  role: ColumnRole,
  cell: ParsedCell | undefined
): CellWrite | null {
  const col = data.layout.columns[role];
  if (!cell || cell.kind !== "number" || !cell.fromText || col === undefined) return null;
  return buildNumberWrite(data, row, role, cell.value, cell.numberFormat);
}

/** Write a number (percent points for a rate) into a table cell, in the column's stored form. */
export function buildNumberWrite(
  data: TableData,
  row: number,
  role: ColumnRole,
  value: number,
  numberFormat: string | undefined
): CellWrite | null {
  const col = data.layout.columns[role];
  if (col === undefined) return null;
  const fraction = (data.rateStorage as Record<string, string> | undefined)?.[role] === "fraction";
  const stored = fraction ? cleanFloat(value / 100) : value;
  const format = numberFormat === "@" ? { numberFormat: fraction ? "0.00%" : "General" } : {};
  return { row, col, cell: { value: stored }, ...format };
}
