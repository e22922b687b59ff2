import type { ColumnRole } from "./roles";
import type { TableLayout } from "./table";

/** A cell of the table as the engine understands it. */
export type ParsedCell =
  | { readonly kind: "empty" }
  /** `fromText`: the cell held text that reads as this number ("98", "4,39"). `formula`: the cell's formula, if any. */
  | { readonly kind: "number"; readonly value: number; readonly fromText: boolean; readonly formula: string | null }
  /** Text that is not a number; `suggestion` is its leading number, if any ("4 hộ" → 4). */
  | { readonly kind: "text"; readonly text: string; readonly suggestion?: number }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "boolean"; readonly value: boolean };

export type RowCells = Readonly<Partial<Record<ColumnRole, ParsedCell>>>;

/** One village / residential group. */
export type UnitRow = { readonly row: number; readonly name: string; readonly cells: RowCells };

/** A detected table with every mapped cell parsed. Rates are in percent points (a 0.0439 under "0.00%" is 4.39). */
export type TableData = {
  readonly layout: TableLayout;
  readonly units: readonly UnitRow[];
  readonly totals: { readonly row: number; readonly cells: RowCells } | null;
};
