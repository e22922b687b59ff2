import type { RangeRef } from "./address";
import type { Grid } from "./grid";
import type { HostError } from "./hostError";
import type { WritePlan } from "./plan";
import type { UndoOptions, UndoResult } from "../undo/types";

/** Cells of one sheet changed by someone other than this host's own writes (the officer typing, a paste…). */
export type CellsChanged = {
  readonly sheet: string;
  /** The changed area as A1 without the sheet name, e.g. "F9" or "F9:G10". */
  readonly address: string;
};

/** How much of each sheet the start-up probe reads (enough to find an appendix; rosters are longer). */
export type ProbeOptions = {
  /** Rows read from the top of each sheet's used range. */
  readonly headRows: number;
  /** Columns read from its left. */
  readonly headCols: number;
};

/** One sheet as the start-up probe saw it. */
export type SheetProbe = {
  readonly name: string;
  readonly visible: boolean;
  /** The sheet's used range (values only), null when blank or unknown. */
  readonly used: RangeRef | null;
  /** The marker of a sheet the add-in generated (Grid.generated). */
  readonly generated?: string;
  /** The head of the sheet (its top `headRows` × `headCols`), or null when it could not be read. */
  readonly grid: Grid | null;
  /** true when `grid` is the whole used range. */
  readonly complete: boolean;
  /** Why the sheet could not be read; the other sheets are read anyway. */
  readonly error: HostError | null;
};

export type WorkbookProbe = {
  readonly active: string;
  readonly sheets: readonly SheetProbe[];
};

/** What the self-test reports about where it ran. */
export type HostInfo = {
  /** "Excel" / "xlsx (ExcelJS)". */
  readonly host: string;
  /** "OfficeOnline", "PC", "Mac", … or "node" / "browser". */
  readonly platform: string;
  readonly version: string;
  /** Requirement sets supported, e.g. ["ExcelApi 1.1", …, "ExcelApi 1.17"]. */
  readonly requirementSets: readonly string[];
};

export type ApplyResult = {
  /** Cells written (for reporting). */
  readonly cellsWritten: number;
  /** Sheets created by the plan. */
  readonly sheetsCreated: readonly string[];
  /** Charts of the plan this host could not draw (the file host: ExcelJS writes no charts); absent when 0. */
  readonly chartsSkipped?: number;
};

/**
 * What an officer does in Excel between two clicks of the pane, played through the host (the self-test's undo
 * scenarios, so they run in real Excel too). None of it is an undo step of the add-in.
 */
export interface OfficerActions {
  /** Type a number or text into one cell. */
  typeInto(sheet: string, address: string, value: number | string): Promise<void>;
  /** Insert `count` blank rows at `row` (the rows from `row` down move down). */
  insertRows(sheet: string, row: number, count: number): Promise<void>;
  /** Rename a sheet (Excel: clears the officer's Ctrl+Z history on desktop). */
  renameSheet(sheet: string, name: string): Promise<void>;
}

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
  /**
   * The sheet's used range read into a Grid (one batch when it fits Excel's limits, else read in parts).
   * Rejects with a HostError if the sheet is missing.
   */
  readGrid(sheet: string): Promise<Grid>;
  /**
   * Start-up in a constant number of batches whatever the number of sheets: every sheet's name, visibility,
   * used range and generated-sheet marker, and the head of each sheet as a Grid. A sheet that fails is reported
   * with its error; the others are read. Optional: `readWorkbook` reads sheet by sheet without it.
   */
  probeWorkbook?(options: ProbeOptions): Promise<WorkbookProbe>;
  /** Host, platform, version and requirement sets (the self-test's report). */
  describe?(): Promise<HostInfo>;
  /**
   * Each cell's own fill "#RRGGBB" (null: none), not a highlight laid over it; null when the host cannot read fills
   * (Excel below ExcelApi 1.9). The self-test checks that highlighting never changes them.
   */
  cellFills?(
    sheet: string,
    addresses: readonly string[]
  ): Promise<readonly (string | null)[] | null>;
  /** Snapshot the cells the plan touches, then apply the plan in one batch. */
  apply(plan: WritePlan): Promise<ApplyResult>;
  /** How many applied plans can still be undone. */
  undoDepth(): number;
  /**
   * Undo the last applied plan, comparing before restoring (DESIGN.md "Writing into a workbook without losing
   * anything"): each cell the plan wrote is put back — where its row is now — only while it still holds what the plan
   * wrote; the officer's later edits are kept and named in the result. A created sheet the officer typed into is
   * deleted only when called again with `{ confirm: true }` (the first call answers status "confirm").
   */
  undo(options?: UndoOptions): Promise<UndoResult>;
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
  /** The officer's own edits, through the host (the self-test plays them). */
  readonly officer?: OfficerActions;
  /**
   * Hear when a write is slow (`true`: Excel busy, or a cell being edited) and when it settled (`false`). A host
   * that never gives up on a write it sent (Excel) offers it; the returned function stops listening.
   */
  onWaiting?(listener: (waiting: boolean) => void): () => void;
}
