import * as React from "react";
import {
  buildRosterCountsPlan,
  classifyRosterSteps,
  decodeLegacyGrid,
  formatRosterFailure,
  formatRosterProblem,
  matchRosterUnits,
  parseRoster,
} from "../../core";
import type {
  CountChange,
  Lang,
  PovertyStandard,
  RosterMatch,
  RosterParse,
  RosterSummary,
  TableData,
  WritePlan,
} from "../../core";
import { noticeWith } from "./notice";
import type { WorkbookActions } from "./useWorkbook";

const CHUNK = 1000;
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type RosterState =
  | { readonly kind: "failed"; readonly message: (lang: Lang) => string }
  | {
      readonly kind: "done";
      readonly summary: RosterSummary;
      readonly match: RosterMatch;
      readonly changes: readonly CountChange[];
      readonly plan: WritePlan;
      readonly problems: readonly string[];
      readonly problemText: (lang: Lang) => string[];
    };

type RosterActions = Pick<WorkbookActions, "readSheet" | "applyPlan" | "reportError">;

export type UseRosterArgs = {
  readonly actions: RosterActions;
  readonly data: TableData | null;
  readonly standard: PovertyStandard;
  readonly onBusy: (busy: boolean, progress?: number) => void;
  /** The workbook's sheets and the ones the add-in generated (never a roster). */
  readonly sheets: readonly string[];
  readonly generated: ReadonlyMap<string, string>;
};

/**
 * The household list: which sheet holds it, classifying it in chunks (the pane stays responsive and shows
 * progress), the counts per unit it gives and writing them into the table as one undoable step.
 */
export function useRoster({ actions, data, standard, onBusy, sheets, generated }: UseRosterArgs) {
  const rosterSheets = React.useMemo(
    () => sheets.filter((s) => s !== data?.layout.sheet && !generated.has(s)),
    [sheets, data, generated]
  );
  const [rosterSheet, setRosterSheet] = React.useState<string>("");
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [roster, setRoster] = React.useState<RosterState | null>(null);

  async function classify(): Promise<void> {
    if (!data || !rosterSheet) return;
    onBusy(true, 0);
    try {
      const grid = decodeLegacyGrid(await actions.readSheet(rosterSheet)).grid;
      const parsed: RosterParse = parseRoster(grid, standard);
      if (!parsed.ok) {
        setRoster({ kind: "failed", message: (l) => formatRosterFailure(parsed, l) });
        return;
      }
      const it = classifyRosterSteps(parsed.rows, standard, CHUNK);
      let step = it.next();
      while (!step.done) {
        setProgress(step.value);
        onBusy(true, step.value.total > 0 ? step.value.done / step.value.total : 1);
        await nextTick();
        step = it.next();
      }
      const summary = step.value;
      const match = matchRosterUnits(summary, data);
      const { plan, changes } = buildRosterCountsPlan(data, match);
      const problems = parsed.problems;
      setRoster({
        kind: "done",
        summary,
        match,
        changes,
        plan,
        problems: problems.map((p) => `${p.row}`),
        problemText: (l) => problems.map((p) => formatRosterProblem(p, l)),
      });
    } catch (e) {
      actions.reportError(e);
    } finally {
      setProgress(null);
      onBusy(false);
    }
  }

  async function writeCounts(): Promise<void> {
    if (roster?.kind !== "done" || roster.changes.length === 0) return;
    onBusy(true);
    try {
      await actions.applyPlan(
        roster.plan,
        noticeWith("countsWrittenLabel", { cells: roster.changes.length }, {})
      );
    } catch (e) {
      actions.reportError(e);
    } finally {
      onBusy(false);
    }
    setRoster(null);
  }

  return {
    rosterSheets,
    rosterSheet,
    setRosterSheet: (s: string) => {
      setRosterSheet(s);
      setRoster(null);
    },
    classify,
    progress,
    roster,
    writeCounts,
  };
}
