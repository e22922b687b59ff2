import type { Grid, Issue, TableData, TableLayout } from "../../core";
import type { ColumnChoice } from "./columnChoices";
import type { Notice } from "./notice";
import { findTargetProblem } from "./targets";
import type { DetectFailure, LegacyState, PendingWrite, WorkbookState } from "./useWorkbook.types";

/** Everything that changes the pane's state, named for what happened. */
export type WorkbookEvent =
  | { readonly type: "workStarted" }
  | { readonly type: "workEnded"; readonly undo: UndoView }
  | { readonly type: "busySet"; readonly busy: boolean; readonly progress: number | undefined }
  | { readonly type: "failed"; readonly error: Notice }
  | { readonly type: "errorDismissed" }
  | { readonly type: "announced"; readonly status: Notice }
  | { readonly type: "detectStarted" }
  | {
      readonly type: "tablesDetected";
      readonly tables: readonly TableLayout[];
      readonly tableIndex: number;
      readonly detectFailure: DetectFailure | null;
      readonly status: Notice;
    }
  | { readonly type: "tableSelected"; readonly tableIndex: number }
  | { readonly type: "mappingChanged"; readonly tables: readonly TableLayout[] }
  | {
      readonly type: "tableShown";
      readonly layout: TableLayout;
      readonly data: TableData;
      readonly grid: Grid;
      readonly issues: readonly Issue[] | null;
      readonly choices: readonly ColumnChoice[];
    }
  | { readonly type: "legacyCounted"; readonly legacy: LegacyState | null }
  | { readonly type: "targetTyped"; readonly subject: "poor" | "nearPoor"; readonly text: string }
  | { readonly type: "highlightSet"; readonly on: boolean }
  | { readonly type: "formulasSet"; readonly on: boolean }
  | { readonly type: "writeProposed"; readonly pending: PendingWrite; readonly status: Notice }
  /** The preview is gone (written, cancelled, stale or empty); `status` says why. */
  | { readonly type: "writeDropped"; readonly status?: Notice }
  | { readonly type: "allocationFailed"; readonly error: Notice }
  | { readonly type: "allocationCleared" }
  | { readonly type: "undoChanged"; readonly undo: UndoView };

/** What the undo button shows: how many steps, and the words of the next one when this pane made it. */
export type UndoView = { readonly undoDepth: number; readonly undoLabel: Notice | null };

export const INITIAL_WORKBOOK_STATE: WorkbookState = {
  loading: true,
  tables: [],
  detectFailure: null,
  tableIndex: 0,
  layout: null,
  choices: [],
  data: null,
  grid: null,
  issues: null,
  target: "",
  targetProblem: null,
  nearPoorTarget: "",
  nearPoorTargetProblem: null,
  highlight: false,
  formulas: false,
  pending: null,
  allocationError: null,
  busy: false,
  progress: undefined,
  status: null,
  error: null,
  undoDepth: 0,
  legacy: null,
  undoLabel: null,
  live: { kind: "off" },
};

/** The pane's state after one event: pure, so every transition is testable without a host. */
export function reduceWorkbook(s: WorkbookState, e: WorkbookEvent): WorkbookState {
  switch (e.type) {
    case "workStarted":
      return { ...s, busy: true, progress: undefined, error: null };
    case "workEnded":
      return { ...s, busy: false, progress: undefined, ...e.undo };
    case "busySet":
      return { ...s, busy: e.busy, progress: e.progress };
    case "failed":
      return { ...s, error: e.error };
    case "errorDismissed":
      return { ...s, error: null };
    case "announced":
      return { ...s, status: e.status };
    case "detectStarted":
      return { ...s, loading: true, pending: null, allocationError: null };
    case "tablesDetected":
      return {
        ...s,
        loading: false,
        tables: e.tables,
        tableIndex: e.tableIndex,
        detectFailure: e.tables.length === 0 ? e.detectFailure : null,
        layout: null,
        data: null,
        grid: null,
        issues: null,
        choices: [],
        status: e.status,
      };
    case "tableSelected":
      return { ...s, tableIndex: e.tableIndex, pending: null, allocationError: null };
    case "mappingChanged":
      return { ...s, tables: e.tables, pending: null };
    case "tableShown":
      return {
        ...s,
        layout: e.layout,
        data: e.data,
        grid: e.grid,
        issues: e.issues,
        choices: e.choices,
        targetProblem: findTargetProblem(s.target, "poor", e.data),
        nearPoorTargetProblem: findTargetProblem(s.nearPoorTarget, "nearPoor", e.data),
      };
    case "legacyCounted":
      return { ...s, legacy: e.legacy };
    case "targetTyped":
      return e.subject === "poor"
        ? { ...s, target: e.text, targetProblem: findTargetProblem(e.text, "poor", s.data) }
        : {
            ...s,
            nearPoorTarget: e.text,
            nearPoorTargetProblem: findTargetProblem(e.text, "nearPoor", s.data),
          };
    case "highlightSet":
      return { ...s, highlight: e.on };
    case "formulasSet":
      return { ...s, formulas: e.on };
    case "writeProposed":
      return { ...s, pending: e.pending, status: e.status };
    case "writeDropped":
      return { ...s, pending: null, ...(e.status ? { status: e.status } : {}) };
    case "allocationFailed":
      return { ...s, allocationError: e.error };
    case "allocationCleared":
      return { ...s, allocationError: null, pending: null };
    case "undoChanged":
      return { ...s, ...e.undo };
  }
}
