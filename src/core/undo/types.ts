import type { RangeRef } from "../model/address";
import type { Scalar } from "../model/cell";
import type { CellFormat } from "./formats";

/** What the add-in put in a cell's contents: a formula or a plain value (text, number, boolean; null cleared it). */
export type WrittenContent = { readonly formula: string } | { readonly value: Scalar };

/** What one write put in a cell: its contents and/or its number format (null: that part was not written). */
export type Written = {
  readonly content: WrittenContent | null;
  readonly numberFormat: string | null;
  /** The other formats it set (bold, wrap, borders…), where the host compares them; absent: none compared. */
  readonly format?: CellFormat;
};

/**
 * One cell the add-in wrote, as the undo journal keeps it: where (as at Apply), what the add-in wrote (to compare
 * before restoring) and how the host puts the cell back (`restore`, opaque to core: an ExcelJS cell model, Office.js
 * formulas and formats…).
 */
export type JournalCell<R> = {
  readonly row: number;
  readonly col: number;
  readonly wrote: Written;
  /** The formula the cell held before the write ("=…"), if any: put back elsewhere only when it refers to its own row. */
  readonly formulaBefore?: string | null;
  /**
   * What the cell held before the write, where the host can say it cheaply: a cell that holds it again (never
   * written — the write stopped before it — or put back by hand) needs nothing and is neither restored nor kept.
   */
  readonly contentBefore?: WrittenContent;
  /** The formats `wrote.format` changed, as they were before (with `contentBefore`: the cell needs nothing). */
  readonly formatBefore?: CellFormat;
  readonly restore: R;
};

/** A cell that identifies its row: a non-empty cell of a written row that the plan did not write. */
export type KeyCell = { readonly col: number; readonly text: string };

/** Everything one applied plan wrote into one sheet that existed before. */
export type JournalSheet<R> = {
  /** The sheet's stable id (Excel `Worksheet.id`; the xlsx host's worksheet id): a rename does not change it. */
  readonly sheetId: string;
  /** Its name at Apply (for messages when it is gone). */
  readonly sheet: string;
  readonly cells: readonly JournalCell<R>[];
  /** Per written row, the cells that identify it (what the plan did not write): undo finds moved rows by them. */
  readonly rowKeys: ReadonlyMap<number, readonly KeyCell[]>;
  /** Merged areas the plan made (undo unmerges those still merged). */
  readonly merges: readonly RangeRef[];
};

/** A sheet the plan created, with what the add-in wrote into it (to tell whether the officer typed into it). */
export type JournalCreatedSheet = {
  readonly sheetId: string;
  readonly sheet: string;
  /** "A1" address → what was written there (only the cells the plan wrote contents into). */
  readonly wrote: ReadonlyMap<string, WrittenContent>;
};

/** One undo step: what one applied plan wrote. `H` carries what only the host knows (charts, names, widths…). */
export type JournalEntry<R, H = undefined> = {
  readonly action: string;
  readonly sheets: readonly JournalSheet<R>[];
  readonly created: readonly JournalCreatedSheet[];
  /** The write stopped part-way (Excel refused a later chunk): the step holds what was written. */
  readonly partial: boolean;
  readonly host: H;
};

/** What a sheet holds now, for the compare: a window of it like a Grid (formulas "=…" else null; values). */
export type SheetNow = {
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /**
   * The formats of the cells whose `wrote.format` undo compares, by `${row}:${col}` where the cell is now. A cell
   * missing here is not compared by its format: the host reads every place it looks at.
   */
  readonly formats?: ReadonlyMap<string, CellFormat>;
};

/** Why undo left a cell as it is. */
export type KeptReason =
  /** The officer changed the cell after the add-in wrote it. */
  | "edited"
  /** Its row was moved (rows inserted, deleted or sorted) and could not be found again. */
  | "lost"
  /** Its old formula would be written into an Excel Table column, which Excel fills down the whole column. */
  | "table";

export type CellAt = { readonly sheet: string; readonly address: string };
export type KeptCell = CellAt & { readonly reason: KeptReason };

/**
 * What `WorkbookHost.undo()` did.
 * - "done": every cell was restored (and created sheets deleted);
 * - "partial": some cells were kept (the officer's later edits, or rows undo could not follow) — named in `kept`;
 * - "refused": nothing could be restored (`reason` says why) — the step is dropped, nothing was changed;
 * - "confirm": a sheet the add-in created was typed into since: nothing was done; call `undo({ confirm: true })`
 *   to delete it anyway (`edited` names the sheets and cells);
 * - "nothing": there was nothing to undo.
 */
export type UndoResult =
  | { readonly status: "nothing" }
  | {
      readonly status: "confirm";
      readonly action: string;
      readonly edited: readonly { readonly sheet: string; readonly cells: readonly string[] }[];
    }
  | {
      readonly status: "done" | "partial" | "refused";
      readonly action: string;
      /** Cells put back as they were before the write (their addresses now, after any move). */
      readonly restored: readonly CellAt[];
      readonly kept: readonly KeptCell[];
      /** Sheets the write had created, now deleted (names as they are now). */
      readonly deletedSheets: readonly string[];
      /** The write itself had stopped part-way. */
      readonly partialWrite: boolean;
      /** Why nothing was restored ("refused"). */
      readonly reason?: "sheetGone" | "allKept";
    };

export type UndoOptions = {
  /** Delete generated sheets the officer typed into (after an earlier call answered "confirm"). */
  readonly confirm?: boolean;
};
