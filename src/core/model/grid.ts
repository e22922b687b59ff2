import type { RangeRef } from "./address";
import type { RawValue } from "./cell";
import type { LegacyCell } from "./legacy";

/**
 * A rectangular snapshot of one sheet as the engine sees it. Every host produces exactly this.
 * `values[i][j]` is the cell at row `top + i`, column `left + j` (1-based). All 2-D arrays have the same shape.
 */
export type Grid = {
  readonly sheet: string;
  /** 1-based row of values[0]. */
  readonly top: number;
  /** 1-based column of values[i][0]. */
  readonly left: number;
  /** Values as displayed (a formula's cached result); dates as Excel serial numbers. */
  readonly values: readonly (readonly RawValue[])[];
  /** The formula text (starting with "=") where the cell holds a formula, else null. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Excel number format of each cell ("General", "0.00", "0.00%", "@", …). */
  readonly numberFormats: readonly (readonly string[])[];
  /** Merged areas, absolute 1-based (may extend outside the grid). */
  readonly merges: readonly RangeRef[];
  /** Rows hidden by the officer (absolute row numbers), if the host knows them. */
  readonly hiddenRows?: readonly number[];
  /**
   * The marker of a sheet this add-in generated (SheetPlan.marker, e.g. "summary"), as the host stored it so that
   * it survives renaming and saving; absent on the officer's own sheets. Generated sheets are never read as tables.
   */
  readonly generated?: string;
  /** Font name of each cell (same shape as `values`; null where unknown), where the host reads fonts cheaply. */
  readonly fontNames?: readonly (readonly (string | null)[])[];
  /**
   * Cells whose legacy TCVN3/VNI text `decodeLegacyGrid` decoded into `values` (absent on a grid as the host read it).
   * Their original text is kept here, so the table can report `LEGACY_ENCODING` and `unicode` can convert them.
   */
  readonly legacyCells?: readonly LegacyCell[];
  /**
   * Excel Tables (ListObjects) on the sheet, header row included. Excel fills a formula written into a table
   * column down the whole column, so hosts write values there (the preview says so). `headerRow: false`: the
   * table has no header row (Table.showHeaders off), so its first row is data too.
   */
  readonly tables?: readonly {
    readonly name: string;
    readonly range: RangeRef;
    readonly headerRow?: boolean;
  }[];
};
