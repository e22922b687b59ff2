import type { RangeRef } from "./address";
import type { ColumnRole } from "./roles";

/** Column mapping: role -> absolute 1-based column number. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** Where an appendix table sits on its sheet. All row/column numbers are absolute and 1-based. */
export type TableLayout = {
  readonly sheet: string;
  /** From the first header row to the last data/totals row, first to last mapped column. */
  readonly range: RangeRef;
  /** First and last header row (inclusive), including a column-number row "(1) (2) …" if present. */
  readonly headerRows: readonly [number, number];
  /** First and last data row (inclusive); blank rows inside are skipped. */
  readonly dataRows: readonly [number, number];
  /** Rows that hold a unit (blank and sub-heading rows excluded), ascending. */
  readonly unitRows: readonly number[];
  readonly totalsRow: number | null;
  readonly columns: ColumnMap;
  /** 0..1: how sure the detector is. */
  readonly confidence: number;
};

/** Why no table was found; the words are in messages.ts. */
export type DetectFailureReason =
  "EMPTY_SHEET" | "NO_HEADER" | "NO_UNIT_COLUMN" | "NO_COUNT_COLUMNS" | "NO_DATA_ROWS";

export type DetectResult =
  | { readonly ok: true; readonly tables: readonly TableLayout[] }
  | {
      readonly ok: false;
      readonly reason: DetectFailureReason;
      readonly confidence: number;
      readonly detail?: string;
    };
