import * as React from "react";
import type { Lang } from "../../core";
import type {
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
  readWorkbook,
  validateTable,
  type AllocationMethod,
} from "../../core";
import { buildAllocationRows, totalAllocation, type AllocationRow } from "./allocationPreview";
import { columnChoices, type ColumnChoice } from "./columnChoices";
import { notice, noticeFromError, type Notice } from "./notice";
import { previewPlan, type PlanPreview } from "./planPreview";
import { applySavedMapping, MAPPING_SETTING, serializeMapping, withColumns } from "./savedMapping";

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
};

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

  /** Run one piece of async work with the progress bar on; every failure becomes a visible error. */
  const run = React.useCallback(
    async (work: () => Promise<void>) => {
      patch({ busy: true, progress: undefined, error: null });
      try {
        await work();
      } catch (e) {
        patch({ error: noticeFromError(e) });
      } finally {
        patch({ busy: false, progress: undefined, undoDepth: host.undoDepth() });
      }
    },
    [host, patch]
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
      // One probe of every sheet in a constant number of batches (src/core/workbook/readWorkbook.ts).
      const workbook = await readWorkbook(host);
      const active = workbook.active;
      const found: TableLayout[] = [];
      let failure: DetectFailure | null = null;
      grids.current.clear();
      for (const [sheet, grid] of workbook.grids) {
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
      if (workbook.failures[0]) patch({ error: noticeFromError(workbook.failures[0].error) });
      const layout = tables[index];
      // A sheet longer than the probe is read whole (in parts, under Excel's limits) before it is shown.
      if (layout && workbook.partial.includes(layout.sheet))
        grids.current.set(layout.sheet, await host.readGrid(layout.sheet));
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
      const preview = previewPlan(plan, (s) => grids.current.get(s), langRef.current);
      if (preview.cellCount === 0) {
        patch({ pending: null, status: notice("nothingToWrite") });
        return;
      }
      patch({
        pending: { action, origin, plan, preview, allocation },
        status: notice("statusPreviewReady"),
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
          const result = await host.apply(pending.plan);
          patch({ pending: null, status: notice("statusWritten", { cells: result.cellsWritten }) });
          await reread(live.current.issues !== null);
        }),
      cancelWrite: () => patch({ pending: null, status: notice("statusCancelled") }),
      undo: () =>
        run(async () => {
          if (live.current.highlight) await host.clearHighlight();
          const undone = await host.undo();
          patch({ pending: null, status: notice(undone ? "statusUndone" : "statusUndoNothing") });
          await reread(live.current.issues !== null);
        }),
      refresh: async () => {
        try {
          await reread(live.current.issues !== null);
        } catch (e) {
          patch({ error: noticeFromError(e) });
        }
        patch({ undoDepth: host.undoDepth() });
      },
      setBusy: (busy, progress) => patch({ busy, progress }),
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
    [host, patch, run, detect, reread, showTable, rehighlight, propose, guarded]
  );
  return { state, actions };
}
