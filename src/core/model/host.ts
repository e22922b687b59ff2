import type { Grid } from "./grid";
import type { WritePlan } from "./plan";

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
}
