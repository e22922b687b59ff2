import type { Grid } from "./grid";
import type { WritePlan } from "./plan";

/** Cells of one sheet changed by someone other than this host's own writes (the officer typing, a paste…). */
export type CellsChanged = {
  readonly sheet: string;
  /** The changed area as A1 without the sheet name, e.g. "F9" or "F9:G10". */
  readonly address: string;
};

export type ApplyResult = {
  /** Cells written (for reporting). */
  readonly cellsWritten: number;
  /** Sheets created by the plan. */
  readonly sheetsCreated: readonly string[];
};

/**
 * A workbook the engine works on. Implemented over Office.js (src/excel) and over an .xlsx file (src/xlsx),
 * and held to the same contract tests. Every read is one batch, every write is one batch preceded by a snapshot.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "xlsx";
  /** Names of the worksheets, in tab order. */
  listSheets(): Promise<readonly string[]>;
  /** Name of the active sheet (the xlsx host: the first visible sheet unless another was activated). */
  activeSheet(): Promise<string>;
  /** The sheet's used range read into a Grid in one batch. Rejects with a HostError if the sheet is missing. */
  readGrid(sheet: string): Promise<Grid>;
  /** Snapshot the cells the plan touches, then apply the plan in one batch. */
  apply(plan: WritePlan): Promise<ApplyResult>;
  /** How many applied plans can still be undone. */
  undoDepth(): number;
  /** Restore the workbook as it was before the last applied plan (values, formulas, formats, created sheets). */
  undo(): Promise<boolean>;
  /** Select (and scroll to) a cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Fill the given cells with a highlight colour, remembering their original fills. */
  highlight(sheet: string, addresses: readonly string[]): Promise<void>;
  /** Remove every highlight this host added, restoring the original fills. */
  clearHighlight(): Promise<void>;
  /** Per-workbook settings (the column mapping is remembered here). */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  /**
   * Hear about every change to `sheet`'s cells that this host did not write itself, one call per change (Excel:
   * `worksheet.onChanged`, ExcelApi 1.7; the xlsx host: `editCell`). Resolves once listening; the returned
   * function stops it. Where the host cannot listen, it resolves to a no-op and never calls `listener`.
   */
  onCellsChanged(
    sheet: string,
    listener: (change: CellsChanged) => void
  ): Promise<() => Promise<void>>;
}
