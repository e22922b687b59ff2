import * as React from "react";
import type { Lang } from "../../core";
import type {
  ApplyResult,
  ColumnRole,
  DetectResult,
  Grid,
  Issue,
  TableData,
  TableLayout,
  WorkbookHost,
  WritePlan,
} from "../../core";
import {
  allocateTarget,
  buildAllocationPlan,
  buildFixPlan,
  buildIssueFix,
  detectTables,
  formatAllocationFailure,
  readTable,
  validateTable,
  type AllocationMethod,
} from "../../core";
import { buildAllocationRows, totalAllocation, type AllocationRow } from "./allocationPreview";
import { columnChoices, type ColumnChoice } from "./columnChoices";
import { notice, noticeFromError, noticeWith, type Notice } from "./notice";
import { previewPlan, type PlanPreview } from "./planPreview";
import { applySavedMapping, MAPPING_SETTING, serializeMapping, withColumns } from "./savedMapping";
import { useLiveCheck, type LivePhase } from "./useLiveCheck";

export type WriteAction = "fix" | "fixIssue" | "fillRates" | "allocate";
export type { AllocationMethod };
export type DetectFailure = {
  readonly result: Extract<DetectResult, { ok: false }>;
  readonly sheet: string;
};

/** A plan waiting for the officer's confirmation, with what it will change. */
export type PendingWrite = {
  readonly action: WriteAction;
  readonly origin: "check" | "compute";
  readonly plan: WritePlan;
  readonly preview: PlanPreview;
  /** Only for "allocate": the new cut of every village. */
  readonly allocation: {
    readonly rows: readonly AllocationRow[];
    readonly total: Omit<AllocationRow, "row" | "name">;
  } | null;
};

export type WorkbookState = {
  readonly loading: boolean;
  readonly tables: readonly TableLayout[];
  readonly detectFailure: DetectFailure | null;
  readonly tableIndex: number;
  readonly layout: TableLayout | null;
  readonly choices: readonly ColumnChoice[];
  readonly data: TableData | null;
  /** The sheet `data` was read from, as read (the Tổng hợp tab finds the plan year in its titles). */
  readonly grid: Grid | null;
  /** null until the officer runs the check. */
  readonly issues: readonly Issue[] | null;
  readonly target: string;
  readonly targetInvalid: boolean;
  readonly highlight: boolean;
  readonly formulas: boolean;
  readonly pending: PendingWrite | null;
  readonly allocationError: Notice | null;
  readonly busy: boolean;
  readonly progress: number | undefined;
  readonly status: Notice | null;
  readonly error: Notice | null;
  readonly undoDepth: number;
  /** What the next undo undoes (null: nothing, or a step this pane did not make). */
  readonly undoLabel: Notice | null;
  /** The live re-check while the officer edits the table (after the first check). */
  readonly live: LivePhase;
};

export type WorkbookActions = {
  redetect(): Promise<void>;
  selectTable(index: number): void;
  setColumn(role: ColumnRole, col: number | null): Promise<void>;
  setTarget(text: string): void;
  runCheck(): Promise<void>;
  selectIssue(issue: Issue): Promise<void>;
  setHighlight(on: boolean): Promise<void>;
  setFormulas(on: boolean): void;
  requestFixAll(): void;
  requestFixIssue(issue: Issue): void;
  requestFillRates(): void;
  previewAllocation(target: number, method: AllocationMethod): void;
  confirmWrite(): Promise<void>;
  cancelWrite(): void;
  undo(): Promise<void>;
  /** Re-read the table after someone else (the summary tab) wrote to the workbook. */
  refresh(): Promise<void>;
  setBusy(busy: boolean, progress?: number): void;
  /**
   * Write a plan built elsewhere (the Tổng hợp tab) as one undo step labelled `label`, then re-read the table.
   * Rejects with the host's error; nothing is written then.
   */
  applyPlan(plan: WritePlan, label: Notice): Promise<ApplyResult>;
  /** Put a sentence on the pane's one status line (replacing whatever it said). */
  announce(n: Notice): void;
  /** Show a failure in the error bar (host errors in the pane's language). */
  reportError(e: unknown): void;
  listSheets(): Promise<readonly string[]>;
  /** Read a sheet other than the table's (the household list). */
  readSheet(sheet: string): Promise<Grid>;
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  dismissError(): void;
  /** Whether the engine offers a one-cell fix for this issue. */
  canFix(issue: Issue): boolean;
};

const INITIAL: WorkbookState = {
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
  targetInvalid: false,
  highlight: false,
  formulas: false,
  pending: null,
  allocationError: null,
  busy: false,
  progress: undefined,
  status: null,
  error: null,
  undoDepth: 0,
  undoLabel: null,
  live: { kind: "off" },
};

/** The words of a write for the status line and the undo button: "Sửa tất cả (17 ô)". */
function writeLabel(action: WriteAction, cells: number): Notice {
  return noticeWith("writeLabel", { cells }, { action: notice(`action_${action}`) });
}

/** "" → no target; a whole number ≥ 0 → that number; anything else → NaN (invalid). */
export function parseTarget(text: string): number | undefined {
  const s = text.trim().replace(/[.\s]/g, "");
  if (s === "") return undefined;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * The pane's one state hook: reads the workbook through the host, runs the engine, and turns every write into a
 * preview the officer confirms. Components get `state` and `actions` through props.
 */
export function useWorkbook(
  host: WorkbookHost,
  lang: Lang
): { state: WorkbookState; actions: WorkbookActions } {
  const [state, setState] = React.useState<WorkbookState>(INITIAL);
  /** Labels of the undo steps this pane made, oldest first (kept in step with host.undoDepth()). */
  const undoLabels = React.useRef<Notice[]>([]);
  // `patch` keeps this equal to the last state set, so actions read the newest state without re-creating.
  const live = React.useRef(state);
  const grids = React.useRef(new Map<string, Grid>());
  const langRef = React.useRef(lang);
  React.useEffect(() => {
    langRef.current = lang;
  }, [lang]);

  const patch = React.useCallback((p: Partial<WorkbookState>) => {
    live.current = { ...live.current, ...p };
    setState(live.current);
  }, []);

  const undoState = React.useCallback(() => {
    const depth = host.undoDepth();
    const labels = undoLabels.current;
    // Steps made before this pane (or lost): forget labels beyond what the host can still undo.
    if (labels.length > depth) labels.splice(0, labels.length - depth);
    return {
      undoDepth: depth,
      undoLabel: labels.length === depth && depth > 0 ? (labels[depth - 1] ?? null) : null,
    };
  }, [host]);

  /** Run one piece of async work with the progress bar on; every failure becomes a visible error. */
  const run = React.useCallback(
    async (work: () => Promise<void>) => {
      patch({ busy: true, progress: undefined, error: null });
      try {
        await work();
      } catch (e) {
        patch({ error: noticeFromError(e) });
      } finally {
        patch({ busy: false, progress: undefined, ...undoState() });
      }
    },
    [patch, undoState]
  );

  const rehighlight = React.useCallback(
    async (issues: readonly Issue[] | null, on: boolean) => {
      await host.clearHighlight();
      if (on && issues && issues.length > 0) {
        const sheet = issues[0]?.sheet as string;
        await host.highlight(sheet, [
          ...new Set(issues.filter((i) => i.sheet === sheet).map((i) => i.cell)),
        ]);
      }
    },
    [host]
  );

  /** Parse the table on `grid` with `layout`, and re-run the check if the officer has run it before. */
  const showTable = React.useCallback(
    async (grid: Grid, layout: TableLayout, check: boolean) => {
      const data = readTable(grid, layout);
      const s = live.current;
      const target = parseTarget(s.target);
      const validTarget = target !== undefined && !Number.isNaN(target) ? target : undefined;
      const issues = check
        ? validateTable(data, validTarget === undefined ? {} : { target: validTarget })
        : null;
      patch({
        layout,
        data,
        grid,
        issues,
        choices: columnChoices(grid, layout),
        targetInvalid: Number.isNaN(target ?? 0),
      });
      if (s.highlight) await rehighlight(issues, s.highlight && issues !== null);
      return issues;
    },
    [patch, rehighlight]
  );

  const detect = React.useCallback(
    async (useSaved: boolean) => {
      patch({ loading: true, pending: null, allocationError: null });
      const sheets = await host.listSheets();
      const active = await host.activeSheet();
      const found: TableLayout[] = [];
      let failure: DetectFailure | null = null;
      grids.current.clear();
      for (const [i, sheet] of sheets.entries()) {
        patch({ progress: i / Math.max(1, sheets.length) });
        const grid = await host.readGrid(sheet);
        grids.current.set(sheet, grid);
        const r = detectTables(grid);
        if (r.ok) found.push(...r.tables);
        else if (
          !failure ||
          r.confidence > failure.result.confidence ||
          (sheet === active && r.confidence >= failure.result.confidence)
        ) {
          failure = { result: r, sheet };
        }
      }
      const saved = useSaved ? await host.loadSetting(MAPPING_SETTING) : null;
      const { tables, restored } = applySavedMapping(found, saved);
      const onActive = tables.findIndex((t) => t.sheet === active);
      const index = restored ?? (onActive >= 0 ? onActive : 0);
      patch({
        loading: false,
        tables,
        tableIndex: index,
        detectFailure: tables.length === 0 ? failure : null,
        layout: null,
        data: null,
        grid: null,
        issues: null,
        choices: [],
        status:
          tables.length === 0
            ? notice("noTable")
            : notice(restored !== null ? "mappingRestored" : "tablesFound", { n: tables.length }),
      });
      const layout = tables[index];
      const grid = layout ? grids.current.get(layout.sheet) : undefined;
      if (layout && grid) await showTable(grid, layout, false);
    },
    [host, patch, showTable]
  );

  /** Re-read the current table's sheet (after a write, an undo, or work done in another tab). */
  const reread = React.useCallback(
    async (check: boolean) => {
      const layout = live.current.layout;
      if (!layout) return null;
      const grid = await host.readGrid(layout.sheet);
      grids.current.set(layout.sheet, grid);
      return showTable(grid, layout, check);
    },
    [host, showTable]
  );

  React.useEffect(() => {
    void run(() => detect(true));
  }, [run, detect]);

  const propose = React.useCallback(
    (
      action: WriteAction,
      origin: PendingWrite["origin"],
      plan: WritePlan,
      allocation: PendingWrite["allocation"]
    ) => {
      const built = previewPlan(plan, (s) => grids.current.get(s), langRef.current);
      if (!built) {
        patch({ pending: null, status: notice("nothingToWrite") });
        return;
      }
      patch({
        pending: { action, origin, plan: built.plan, preview: built.preview, allocation },
        status: notice("statusPreviewReady", { cells: built.preview.cellCount }),
      });
    },
    [patch]
  );

  /** Engine calls that build plans are pure; a misuse error still reaches the officer as a message. */
  const guarded = React.useCallback(
    (work: () => void) => {
      try {
        work();
      } catch (e) {
        patch({ error: noticeFromError(e) });
      }
    },
    [patch]
  );

  // Stable across renders: every action reads the current state from `live`, so children can memoise on them.
  const actions = React.useMemo<WorkbookActions>(
    () => ({
      redetect: () =>
        run(async () => {
          await host.saveSetting(MAPPING_SETTING, "");
          await detect(false);
        }),
      selectTable: (index) => {
        const layout = live.current.tables[index];
        const grid = layout ? grids.current.get(layout.sheet) : undefined;
        if (!layout || !grid) return;
        patch({ tableIndex: index, pending: null, allocationError: null });
        void run(async () => {
          await showTable(grid, layout, false);
          await host.saveSetting(MAPPING_SETTING, serializeMapping(layout));
        });
      },
      setColumn: (role, col) =>
        run(async () => {
          const s = live.current;
          if (!s.layout) return;
          const columns = { ...s.layout.columns };
          for (const r of Object.keys(columns) as ColumnRole[])
            if (col !== null && columns[r] === col) delete columns[r];
          if (col === null) delete columns[role];
          else columns[role] = col;
          const layout = withColumns(s.layout, columns);
          const tables = s.tables.map((t, i) => (i === s.tableIndex ? layout : t));
          patch({ tables, pending: null });
          const grid = grids.current.get(layout.sheet);
          if (grid) await showTable(grid, layout, s.issues !== null);
          await host.saveSetting(MAPPING_SETTING, serializeMapping(layout));
          patch({ status: notice("mappingSaved") });
        }),
      setTarget: (text) => {
        const t = parseTarget(text);
        patch({ target: text, targetInvalid: t !== undefined && Number.isNaN(t) });
      },
      runCheck: () =>
        run(async () => {
          if (live.current.targetInvalid) return;
          const issues = (await reread(true)) ?? [];
          const errors = issues.filter((i) => i.severity === "error").length;
          patch({ status: notice("statusChecked", { errors, warnings: issues.length - errors }) });
        }),
      selectIssue: (issue) =>
        run(async () => {
          await host.selectCell(issue.sheet, issue.cell);
          patch({ status: notice("statusSelected", { cell: issue.cell }) });
        }),
      setHighlight: (on) =>
        run(async () => {
          patch({ highlight: on });
          const issues = live.current.issues;
          await rehighlight(issues, on);
          patch({
            status: on
              ? notice("statusHighlightOn", { n: new Set(issues?.map((i) => i.cell)).size })
              : notice("statusHighlightOff"),
          });
        }),
      setFormulas: (on) => patch({ formulas: on }),
      requestFixAll: () =>
        guarded(() => {
          const { data, formulas } = live.current;
          if (data) propose("fix", "check", buildFixPlan(data, { formulas }), null);
        }),
      requestFixIssue: (issue) =>
        guarded(() => {
          const { data, formulas } = live.current;
          const plan = data ? buildIssueFix(data, issue, { formulas }) : null;
          if (plan) propose("fixIssue", "check", plan, null);
        }),
      requestFillRates: () =>
        guarded(() => {
          const { data, formulas } = live.current;
          if (data) propose("fillRates", "compute", buildFixPlan(data, { formulas }), null);
        }),
      previewAllocation: (target, method) =>
        guarded(() => {
          const { data, formulas } = live.current;
          if (!data) return;
          patch({ allocationError: null, pending: null });
          const r = allocateTarget(data, target, method);
          if (!r.ok) {
            patch({ allocationError: { render: (l) => formatAllocationFailure(r, l) } });
            return;
          }
          const rows = buildAllocationRows(data, r.cuts);
          const plan = buildAllocationPlan(data, r.cuts, { formulas });
          propose("allocate", "compute", plan, { rows, total: totalAllocation(data, rows) });
        }),
      confirmWrite: () =>
        run(async () => {
          const pending = live.current.pending;
          if (!pending) return;
          // Highlight fills are not part of the officer's data: keep them out of the undo snapshot.
          if (live.current.highlight) await host.clearHighlight();
          await host.apply(pending.plan);
          const label = writeLabel(pending.action, pending.preview.cellCount);
          undoLabels.current.push(label);
          patch({ pending: null, status: noticeWith("statusWritten", {}, { what: label }) });
          await reread(live.current.issues !== null);
        }),
      cancelWrite: () => patch({ pending: null, status: notice("statusCancelled") }),
      undo: () =>
        run(async () => {
          if (live.current.highlight) await host.clearHighlight();
          const label = live.current.undoLabel;
          const undone = await host.undo();
          if (undone) undoLabels.current.pop();
          patch({
            pending: null,
            status: !undone
              ? notice("statusUndoNothing")
              : label
                ? noticeWith("statusUndoneWhat", {}, { what: label })
                : notice("statusUndone"),
          });
          await reread(live.current.issues !== null);
        }),
      refresh: async () => {
        try {
          await reread(live.current.issues !== null);
        } catch (e) {
          patch({ error: noticeFromError(e) });
        }
        patch(undoState());
      },
      setBusy: (busy, progress) => patch({ busy, progress }),
      applyPlan: async (plan, label) => {
        if (live.current.highlight) await host.clearHighlight();
        const result = await host.apply(plan);
        undoLabels.current.push(label);
        patch({
          pending: null,
          status: noticeWith("statusWritten", {}, { what: label }),
          ...undoState(),
        });
        try {
          await reread(live.current.issues !== null);
        } catch (e) {
          patch({ error: noticeFromError(e) });
        }
        return result;
      },
      announce: (n) => patch({ status: n }),
      reportError: (e) => patch({ error: noticeFromError(e) }),
      listSheets: () => host.listSheets(),
      readSheet: (sheet) => host.readGrid(sheet),
      loadSetting: (key) => host.loadSetting(key),
      saveSetting: (key, value) => host.saveSetting(key, value),
      dismissError: () => patch({ error: null }),
      canFix: (issue) => {
        const data = live.current.data;
        if (!data) return false;
        try {
          return buildIssueFix(data, issue, { formulas: live.current.formulas }) !== null;
        } catch {
          return false;
        }
      },
    }),
    [host, patch, run, detect, reread, showTable, rehighlight, propose, guarded, undoState]
  );

  /** A burst of the officer's edits on the table's sheet: read it once, check again, keep the list in place. */
  const liveRecheck = React.useCallback(
    async (changed: readonly string[]): Promise<boolean> => {
      const s = live.current;
      if (s.busy) return false;
      if (!s.layout || s.issues === null) return true;
      try {
        const stale = s.pending !== null;
        const issues = (await reread(true)) ?? [];
        const errors = issues.filter((i) => i.severity === "error").length;
        const counts = { errors, warnings: issues.length - errors };
        patch({
          // A preview built on the old values would write stale numbers: drop it and say so.
          ...(stale ? { pending: null } : {}),
          status: stale
            ? notice("statusPreviewStale", counts)
            : changed.length === 1
              ? notice("statusLiveOne", { cell: changed[0] ?? "", ...counts })
              : notice("statusLiveMany", { n: changed.length, ...counts }),
        });
      } catch (e) {
        patch({ error: noticeFromError(e) });
      }
      return true;
    },
    [patch, reread]
  );
  const watched = state.issues !== null && state.layout ? state.layout.sheet : null;
  const livePhase = useLiveCheck(host, watched, liveRecheck);
  return { state: { ...state, live: livePhase }, actions };
}
