import * as React from "react";
import {
  formatUndoResult,
  type ColumnRole,
  type Issue,
  type Lang,
  type MessageParams,
  type WorkbookHost,
} from "../../core";
import type { UiKey } from "../messages";
import { buildIssueTree } from "./issueTree";
import { notice, noticeFromError, noticeText, noticeWith, type Notice } from "./notice";
import { MAPPING_SETTING, serializeMapping, withColumns } from "./savedMapping";
import { useLiveCheck } from "./useLiveCheck";
import { useLiveReducer } from "./useLiveReducer";
import { useSheetCache } from "./useSheetCache";
import { useTableReader } from "./useTableReader";
import { useUndoJournal } from "./useUndoJournal";
import { useExcelWaiting } from "./useExcelWaiting";
import { useWrites } from "./useWrites";
import type { WorkbookActions, WorkbookState } from "./useWorkbook.types";
import { INITIAL_WORKBOOK_STATE, reduceWorkbook } from "./workbookReducer";

export type * from "./useWorkbook.types";

/**
 * The pane's one state hook: reads the workbook through the host, runs the engine, and turns every write into a
 * preview the officer confirms. State moves only by the reducer's named events; reading, writing, the undo
 * journal and the live re-check are hooks of their own. Components get `state` and `actions` through props.
 */
export function useWorkbook(
  host: WorkbookHost,
  lang: Lang
): { state: WorkbookState; actions: WorkbookActions } {
  const [state, dispatch, stateRef] = useLiveReducer(reduceWorkbook, INITIAL_WORKBOOK_STATE);
  /** A status sentence with the check's counts, as the issue list counts them (one cell once, causes apart). */
  const countsNotice = React.useCallback(
    (key: UiKey, params: MessageParams, issues: readonly Issue[]): Notice => {
      const { data, formulas } = stateRef.current;
      const { counts } = buildIssueTree(issues, data, formulas);
      return noticeWith(key, params, { counts: notice("issueSummary", counts) });
    },
    [stateRef]
  );
  const langRef = React.useRef(lang);
  React.useEffect(() => {
    langRef.current = lang;
  }, [lang]);
  const sheets = useSheetCache(host);
  const journal = useUndoJournal(host);
  const reader = useTableReader(host, sheets, dispatch, stateRef);
  const writes = useWrites(host, sheets, reader, journal, dispatch, stateRef, langRef);
  useExcelWaiting(host, dispatch);

  /** Run one piece of async work with the progress bar on; every failure becomes a visible error. */
  const run = React.useCallback(
    async (work: () => Promise<void>) => {
      dispatch({ type: "workStarted" });
      try {
        await work();
      } catch (e) {
        dispatch({ type: "failed", error: noticeFromError(e) });
      } finally {
        dispatch({ type: "workEnded", undo: journal.view() });
      }
    },
    [dispatch, journal]
  );

  React.useEffect(() => {
    void run(() => reader.detect(true));
  }, [run, reader]);

  // Stable across renders: every action reads the current state from `stateRef`, so children can memoise on them.
  const actions = React.useMemo<WorkbookActions>(() => {
    const checked = () => stateRef.current.issues !== null;
    return {
      redetect: () =>
        run(async () => {
          await host.saveSetting(MAPPING_SETTING, "");
          await reader.detect(false);
        }),
      selectTable: (index) => {
        const layout = stateRef.current.tables[index];
        const grid = layout ? sheets.decoded(layout.sheet) : undefined;
        if (!layout || !grid) return;
        dispatch({ type: "tableSelected", tableIndex: index });
        void run(async () => {
          await reader.show(grid, layout, false);
          await host.saveSetting(MAPPING_SETTING, serializeMapping(layout));
        });
      },
      setColumn: (role, col) =>
        run(async () => {
          const s = stateRef.current;
          if (!s.layout) return;
          const layout = withColumns(s.layout, remapColumn(s.layout.columns, role, col));
          dispatch({
            type: "mappingChanged",
            tables: s.tables.map((t, i) => (i === s.tableIndex ? layout : t)),
          });
          const grid = sheets.decoded(layout.sheet);
          if (grid) await reader.show(grid, layout, s.issues !== null);
          await host.saveSetting(MAPPING_SETTING, serializeMapping(layout));
          dispatch({ type: "announced", status: notice("mappingSaved") });
        }),
      setTarget: (text) => dispatch({ type: "targetTyped", subject: "poor", text }),
      setNearPoorTarget: (text) => dispatch({ type: "targetTyped", subject: "nearPoor", text }),
      runCheck: () =>
        run(async () => {
          const issues = (await reader.reread(true)) ?? [];
          dispatch({ type: "announced", status: countsNotice("statusChecked", {}, issues) });
        }),
      selectIssue: (issue) =>
        run(async () => {
          await host.selectCell(issue.sheet, issue.cell);
          dispatch({ type: "announced", status: notice("statusSelected", { cell: issue.cell }) });
        }),
      setHighlight: (on) =>
        run(async () => {
          dispatch({ type: "highlightSet", on });
          const issues = stateRef.current.issues;
          await reader.rehighlight(issues, on);
          dispatch({
            type: "announced",
            status: on
              ? notice("statusHighlightOn", { n: new Set(issues?.map((i) => i.cell)).size })
              : notice("statusHighlightOff"),
          });
        }),
      setFormulas: (on) => dispatch({ type: "formulasSet", on }),
      requestFixAll: writes.requestFixAll,
      fixIssue: (issue) => run(() => writes.fixIssue(issue)),
      requestFillRates: writes.requestFillRates,
      previewAllocation: writes.previewAllocation,
      requestUnicode: writes.requestUnicode,
      confirmWrite: () => run(writes.confirm),
      cancelWrite: () => dispatch({ type: "writeDropped", status: notice("statusCancelled") }),
      undo: () =>
        run(async () => {
          if (stateRef.current.highlight) await host.clearHighlight();
          const label = stateRef.current.undoLabel;
          const result = await journal.undo();
          // What was restored, the officer's later edits kept ("Giữ nguyên 2 ô đã sửa sau khi ghi: F9, G11").
          const what = (l: Lang) => (label ? noticeText(label, l) : undefined);
          dispatch({
            type: "writeDropped",
            status: { render: (l) => formatUndoResult(result, l, what(l)) },
          });
          await reader.reread(checked(), journal.touchesEverySheet());
        }),
      refresh: async () => {
        try {
          await reader.reread(checked());
        } catch (e) {
          dispatch({ type: "failed", error: noticeFromError(e) });
        }
        dispatch({ type: "undoChanged", undo: journal.view() });
      },
      setBusy: (busy, progress) => dispatch({ type: "busySet", busy, progress }),
      applyPlan: writes.apply,
      announce: (n) => dispatch({ type: "announced", status: n }),
      reportError: (e) => dispatch({ type: "failed", error: noticeFromError(e) }),
      listSheets: () => host.listSheets(),
      generatedSheets: () => sheets.generated(),
      readSheet: (sheet) => host.readGrid(sheet),
      loadSetting: (key) => host.loadSetting(key),
      saveSetting: (key, value) => host.saveSetting(key, value),
      dismissError: () => dispatch({ type: "errorDismissed" }),
    };
  }, [host, run, dispatch, stateRef, sheets, reader, writes, journal, countsNotice]);

  /** A burst of the officer's edits on the table's sheet: read it once, check again, keep the list in place. */
  const liveRecheck = React.useCallback(
    async (changed: readonly string[]): Promise<boolean> => {
      const s = stateRef.current;
      if (s.busy) return false;
      if (!s.layout || s.issues === null) return true;
      try {
        const stale = s.pending !== null;
        const issues = (await reader.reread(true)) ?? [];
        // A preview built on the old values would write stale numbers: drop it and say so.
        if (stale)
          dispatch({
            type: "writeDropped",
            status: countsNotice("statusPreviewStale", {}, issues),
          });
        else
          dispatch({
            type: "announced",
            status:
              changed.length === 1
                ? countsNotice("statusLiveOne", { cell: changed[0] ?? "" }, issues)
                : countsNotice("statusLiveMany", { n: changed.length }, issues),
          });
      } catch (e) {
        dispatch({ type: "failed", error: noticeFromError(e) });
      }
      return true;
    },
    [dispatch, stateRef, reader, countsNotice]
  );
  const watched = state.issues !== null && state.layout ? state.layout.sheet : null;
  const livePhase = useLiveCheck(host, watched, liveRecheck);
  return { state: { ...state, live: livePhase }, actions };
}

/** The table's columns with `role` moved to `col` (taken from any role that had it), or removed when null. */
function remapColumn<C extends Partial<Record<ColumnRole, number>>>(
  columns: C,
  role: ColumnRole,
  col: number | null
): C {
  const next: Partial<Record<ColumnRole, number>> = { ...columns };
  for (const r of Object.keys(next) as ColumnRole[])
    if (col !== null && next[r] === col) delete next[r];
  if (col === null) delete next[role];
  else next[role] = col;
  return next as C;
}
