import type { ColumnRole, RateRole } from "./roles";
import type { LegacyEncoding } from "./legacy";
import type { TableGroup, TableLayout } from "./table";

/** A cell of the table as the engine understands it. `numberFormat` is the cell's Excel format when not "General". */
export type ParsedCell = (
  | { readonly kind: "empty" }
  /**
   * `fromText`: the cell held text that reads as this number ("98", "4,39"); `text` is that original text.
   * `formula`: the cell's formula, if any. `fraction`: a rate stored as a fraction under a % format (0.0439 → value 4.39).
   */
  | {
      readonly kind: "number";
      readonly value: number;
      readonly fromText: boolean;
      readonly formula: string | null;
      readonly text?: string;
      readonly fraction?: boolean;
    }
  /** Text that is not a number; `suggestion` is its leading number, if any ("4 hộ" → 4). */
  | { readonly kind: "text"; readonly text: string; readonly suggestion?: number }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "boolean"; readonly value: boolean }
) & { readonly numberFormat?: string };

export type RowCells = Readonly<Partial<Record<ColumnRole, ParsedCell>>>;

/** One village / residential group. */
export type UnitRow = { readonly row: number; readonly name: string; readonly cells: RowCells };

/** A group of units with its sub-total row's cells (null when the group has no sub-total row). */
export type GroupData = TableGroup & { readonly subtotal: RowCells | null };

/** A "trong đó" row: its label, its cells, and the row it splits (a unit, a sub-total or the totals row). */
export type BreakdownRow = {
  readonly row: number;
  readonly parentRow: number;
  readonly name: string;
  readonly cells: RowCells;
};

/** How a rate column is stored on the sheet: percent points (4.39) or fractions under a % format (0.0439). */
export type RateStorage = "percent" | "fraction";

/** A detected table with every mapped cell parsed. Rates are in percent points (a 0.0439 under "0.00%" is 4.39). */
export type TableData = {
  readonly layout: TableLayout;
  readonly units: readonly UnitRow[];
  readonly totals: { readonly row: number; readonly cells: RowCells } | null;
  /** The table's groups (layout.groups) with their sub-totals read; absent when the table has none. */
  readonly groups?: readonly GroupData[];
  /** The "trong đó" rows (layout.breakdowns) read; absent when the table has none. */
  readonly breakdowns?: readonly BreakdownRow[];
  /** Per rate column, how the sheet stores it (so writes keep the same form). Missing → "percent". */
  readonly rateStorage?: Readonly<Partial<Record<RateRole, RateStorage>>>;
  /**
   * Rate columns holding plain fractions (0.0439) without a percent format: read as the fractions they are (4.39
   * points), reported once (`RATE_SHOWN_AS_FRACTION`), and given a percent format by `fix`.
   */
  readonly plainFractions?: readonly RateRole[];
  /** Present when the table's text was read decoded from TCVN3 / VNI (`decodeLegacyGrid`): `LEGACY_ENCODING`. */
  readonly legacyText?: LegacyText;
};

/** Where a table's legacy text shows: its first decoded cell in a mapped column, and how many cells were decoded. */
export type LegacyText = {
  readonly encoding: LegacyEncoding;
  readonly row: number;
  readonly role: ColumnRole;
  readonly original: string;
  readonly decoded: string;
  readonly cells: number;
};
