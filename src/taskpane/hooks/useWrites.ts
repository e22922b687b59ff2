import * as React from "react";
import {
  buildFixPlan,
  buildUnicodePlan,
  type ApplyResult,
  type Issue,
  type Lang,
  type WorkbookHost,
  type WritePlan,
} from "../../core";
import { buildFixAllPlan } from "./fixAll";
import { findIssueFix } from "./issueTree";
import { notice, noticeFromError, noticeWith, type Notice } from "./notice";
import { previewPlan } from "./planPreview";
import { usableTargets } from "./targets";
import type { SheetCache } from "./useSheetCache";
import type { TableReader } from "./useTableReader";
import type { UndoJournal } from "./useUndoJournal";
import type {
  AllocationRequest,
  PendingWrite,
  WorkbookState,
  WriteAction,
} from "./useWorkbook.types";
import type { WorkbookEvent } from "./workbookReducer";

export type Writes = {
  requestFixAll(): void;
  /** Write one issue's one-cell fix at once (one undo step), then check again. */
  fixIssue(issue: Issue): Promise<void>;
  requestFillRates(): void;
  /** Resolves once the preview (or the reason there is none) is in the state. */
  previewAllocation(request: AllocationRequest): Promise<void>;
  /**
   * Preview the Unicode conversion of every sheet: sheets the start-up probe read only in part (a long roster's
   * first 400 rows) are read whole first (in parts, under Excel's limits), so no row is left in TCVN3 / VNI.
   */
  requestUnicode(): Promise<void>;
  /** Write the pending plan as one undo step, then re-read. */
  confirm(): Promise<void>;
  /** Write a plan built elsewhere as one undo step labelled `label`, then re-read. */
  apply(plan: WritePlan, label: Notice): Promise<ApplyResult>;
};

/** The words of a write for the status line and the undo button: "Sửa tất cả (17 ô)". */
function writeLabel(action: WriteAction, cells: number): Notice {
  return noticeWith("writeLabel", { cells }, { action: notice(`action_${action}`) });
}

/** Writing: every change becomes a preview the officer confirms, then one undo step. */
export function useWrites(
  host: WorkbookHost,
  sheets: SheetCache,
  reader: TableReader,
  journal: UndoJournal,
  dispatch: (e: WorkbookEvent) => void,
  stateRef: { readonly current: WorkbookState },
  lang: { readonly current: Lang }
): Writes {
  return React.useMemo<Writes>(() => {
    const propose = (
      action: WriteAction,
      origin: PendingWrite["origin"],
      plan: WritePlan,
      allocation: PendingWrite["allocation"]
    ) => {
      const built = previewPlan(plan, (s) => sheets.raw(s), lang.current);
      if (!built) {
        dispatch({ type: "writeDropped", status: notice("nothingToWrite") });
        return;
      }
      dispatch({
        type: "writeProposed",
        pending: { action, origin, plan: built.plan, preview: built.preview, allocation },
        status: notice("statusPreviewReady", { cells: built.preview.cellCount }),
      });
    };

    /** Engine calls that build plans are pure; a misuse error still reaches the officer as a message. */
    const guarded = (work: () => void) => {
      try {
        work();
      } catch (e) {
        dispatch({ type: "failed", error: noticeFromError(e) });
      }
    };

    /** Clear the colouring (not the officer's data: it stays out of the undo snapshot), then write. */
    const write = async (
      plan: WritePlan,
      label: Notice,
      everySheet = false
    ): Promise<ApplyResult> => {
      if (stateRef.current.highlight) await host.clearHighlight();
      const result = await host.apply(plan);
      journal.record(label, everySheet);
      dispatch({ type: "writeDropped", status: noticeWith("statusWritten", {}, { what: label }) });
      return result;
    };

    return {
      requestFixAll: () =>
        guarded(() => {
          const { data, formulas, issues } = stateRef.current;
          if (data) propose("fix", "check", buildFixAllPlan(data, issues ?? [], formulas), null);
        }),
      fixIssue: async (issue) => {
        const { data, formulas } = stateRef.current;
        const plan = data ? findIssueFix(data, issue, formulas) : null;
        if (!plan) return;
        dispatch({ type: "writeDropped" });
        await write(plan, notice("fixOneLabel", { cell: issue.cell }));
        await reader.reread(true);
      },
      requestFillRates: () =>
        guarded(() => {
          const { data, formulas } = stateRef.current;
          if (data) propose("fillRates", "compute", buildFixPlan(data, { formulas }), null);
        }),
      // The allocation engine and its words load with the first preview (the Tính toán tab), not with the pane.
      previewAllocation: (request) =>
        import(/* webpackChunkName: "allocation" */ "./allocationRequest").then(
          ({ buildAllocationProposal }) =>
            guarded(() => {
              const { data, formulas, target, nearPoorTarget } = stateRef.current;
              if (!data) return;
              dispatch({ type: "allocationCleared" });
              const targets = usableTargets(target, nearPoorTarget, data);
              const r = buildAllocationProposal(data, targets, request, formulas);
              if (!r) return;
              if (!r.ok) dispatch({ type: "allocationFailed", error: r.error });
              else propose("allocate", "compute", r.plan, r.allocation);
            }),
          (e: unknown) => dispatch({ type: "failed", error: noticeFromError(e) })
        ),
      requestUnicode: async () => {
        try {
          for (const sheet of sheets.partial()) await sheets.read(sheet);
        } catch (e) {
          dispatch({ type: "failed", error: noticeFromError(e) });
          return;
        }
        dispatch({ type: "legacyCounted", legacy: sheets.legacy() });
        guarded(() => {
          const { plan } = buildUnicodePlan(sheets.rawGrids());
          propose("unicode", "legacy", plan, null);
        });
      },
      confirm: async () => {
        const pending = stateRef.current.pending;
        if (!pending) return;
        const everySheet = pending.action === "unicode";
        await write(
          pending.plan,
          writeLabel(pending.action, pending.preview.cellCount),
          everySheet
        );
        await reader.reread(stateRef.current.issues !== null, everySheet);
      },
      apply: async (plan, label) => {
        const result = await write(plan, label);
        dispatch({ type: "undoChanged", undo: journal.view() });
        try {
          await reader.reread(stateRef.current.issues !== null);
        } catch (e) {
          dispatch({ type: "failed", error: noticeFromError(e) });
        }
        return result;
      },
    };
  }, [host, sheets, reader, journal, dispatch, stateRef, lang]);
}
