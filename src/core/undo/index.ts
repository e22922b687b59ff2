/** The undo journal: what each write put where, compared and followed before anything is restored. */
export type {
  CellAt,
  JournalCell,
  JournalCreatedSheet,
  JournalEntry,
  JournalSheet,
  KeptCell,
  KeptReason,
  KeyCell,
  SheetNow,
  UndoOptions,
  UndoResult,
  Written,
  WrittenContent,
} from "./types";
export { holdsFormat, pickFormat, BORDER_EDGES } from "./formats";
export type { CellFormat, BorderEdge, BorderLine } from "./formats";
export { holdsWritten, holdsContent, sameFormula, shiftFormula } from "./holds";
export type { Moved } from "./holds";
export type { Holding } from "./holds";
export { rowKeysOf, RowFinder, followColumn } from "./follow";
export type { RowPlace } from "./follow";
export { planSheetUndo, editedCells, holdingAt, undoOutcome } from "./planUndo";
export type { RestoreAt, SheetUndo } from "./planUndo";
export { formatUndoResult } from "./formatUndoResult";
export { undoMessages } from "../messages/undo";
