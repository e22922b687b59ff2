import * as React from "react";
import { readTargetText, resolveTargetText, targetCheckOptions } from "./targets";
import type { Lang } from "../../core";
import type {
  ApplyResult,
  ColumnRole,
  DetectResult,
  Grid,
  Issue,
  LegacyEncoding,
  TableData,
  TableLayout,
  WorkbookHost,
  WritePlan,
} from "../../core";
import {
  allocateTarget,
  buildAllocationsPlan,
  type AllocationPart,
  type UnitLock,
  buildFixPlan,
  buildIssueFix,
  buildUnicodePlan,
  decodeLegacyGrid,
  detectTables,
  formatAllocationFailure,
  formatUndoResult,
  readTable,
  readWorkbook,
  validateTable,
  type AllocationMethod,
} from "../../core";
import { buildAllocationRows, totalAllocation, type AllocationRow } from "./allocationPreview";
import { columnChoices, type ColumnChoice } from "./columnChoices";
import { notice, noticeFromError, noticeText, noticeWith, type Notice } from "./notice";
import { previewPlan, type PlanPreview } from "./planPreview";
import { applySavedMapping, MAPPING_SETTING, serializeMapping, withColumns } from "./savedMapping";
import { useLiveCheck, type LivePhase } from "./useLiveCheck";

export type WriteAction = "fix" | "fixIssue" | "fillRates" | "allocate" | "unicode";
export type { AllocationMethod };
export type DetectFailure = {
  readonly result: Extract<DetectResult, { ok: false }>;
  readonly sheet: string;
};

/** A plan waiting for the officer's confirmation, with what it will change. */
export type PendingWrite = {
  readonly action: WriteAction;
  readonly origin: "check" | "compute" | "legacy";
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
  /** The near-poor target typed in the check: households or a rate, like `target`. */
  readonly nearPoorTarget: string;
  readonly nearPoorTargetInvalid: boolean;
  readonly highlight: boolean;
  readonly formulas: boolean;
  readonly pending: PendingWrite | null;
  readonly allocationError: Notice | null;
  readonly busy: boolean;
  readonly progress: number | undefined;
  readonly status: Notice | null;
  readonly error: Notice | null;
  readonly undoDepth: number;
  /** The workbook's text in an old 8-bit encoding (read decoded; LEGACY_ENCODING), or null when there is none. */
  readonly legacy: LegacyState | null;
  /** What the next undo undoes (null: nothing, or a step this pane did not make). */
  readonly undoLabel: Notice | null;
  /** The live re-check while the officer edits the table (after the first check). */
  readonly live: LivePhase;
};

export type LegacyState = { readonly encoding: LegacyEncoding; readonly cells: number };

/** What the allocation form asks for: target texts (households or rates), the method, typed locks by row. */
export type AllocationRequest = {
  readonly poor?: string;
  readonly nearPoor?: string;
  readonly method: AllocationMethod;
  readonly locks?: Readonly<Record<number, string>>;
};

export type WorkbookActions = {
  redetect(): Promise<void>;
  selectTable(index: number): void;
  setColumn(role: ColumnRole, col: number | null): Promise<void>;
  setTarget(text: string): void;
  setNearPoorTarget(text: string): void;
  runCheck(): Promise<void>;
  selectIssue(issue: Issue): Promise<void>;
  setHighlight(on: boolean): Promise<void>;
  setFormulas(on: boolean): void;
  requestFixAll(): void;
  requestFixIssue(issue: Issue): void;
  requestFillRates(): void;
  previewAllocation(request: AllocationRequest): void;
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
  /** Sheets this add-in generated, by their marker (as last read; it survives renaming): sheet → "summary" … */
  generatedSheets(): ReadonlyMap<string, string>;
  /** Read a sheet other than the table's (the household list). */
  readSheet(sheet: string): Promise<Grid>;
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  dismissError(): void;
  /** Whether the engine offers a one-cell fix for this issue. */
  canFix(issue: Issue): boolean;
  /** Preview converting every sheet's TCVN3 / VNI text to Unicode (and its fonts to Times New Roman). */
  requestUnicode(): void;
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
  nearPoorTarget: "",
  nearPoorTargetInvalid: false,
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

/** true when a target field holds something that is neither households nor a rate. */
export const isTargetTextInvalid = (text: string): boolean => readTargetText(text) === null;

/** The words of a write for the status line and the undo button: "Sửa tất cả (17 ô)". */
function writeLabel(action: WriteAction, cells: number): Notice {
  return noticeWith("writeLabel", { cells }, { action: notice(`action_${action}`) });
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
  /** The last undo asked before deleting a generated sheet the officer typed into. */
  const undoAsked = React.useRef(false);
  // `patch` keeps this equal to the last state set, so actions read the newest state without re-creating.
  const live = React.useRef(state);
  /** Sheets as the host read them (write previews show what the cells hold) and as the engine reads them. */
  const grids = React.useRef(new Map<string, Grid>());
  const decodedGrids = React.useRef(new Map<string, Grid>());
  /** Set once a Unicode conversion is applied: undoing it changes every sheet, so undo re-reads them all. */
  const converted = React.useRef(false);
  const langRef = React.useRef(lang);
  React.useEffect(() => {
    langRef.current = lang;
  }, [lang]);

  const patch = React.useCallback((p: Partial<WorkbookState>) => {
    live.current = { ...live.current, ...p };
    setState(live.current);
  }, []);

  /** Keep a sheet both as read and with its legacy text decoded; the engine gets the decoded grid. */
  const keepSheet = React.useCallback((sheet: string, raw: Grid): Grid => {
    const decoded = decodeLegacyGrid(raw).grid;
    grids.current.set(sheet, raw);
    decodedGrids.current.set(sheet, decoded);
    return decoded;
  }, []);

  const readSheet = React.useCallback(
    async (sheet: string): Promise<Grid> => keepSheet(sheet, await host.readGrid(sheet)),
    [host, keepSheet]
  );

  const legacyOfWorkbook = React.useCallback((): LegacyState | null => {
    let tcvn3 = 0;
    let vni = 0;
    for (const g of decodedGrids.current.values()) {
      if (g.generated !== undefined) continue;
      for (const c of g.legacyCells ?? [])
        if (c.encoding === "tcvn3") tcvn3++;
        else vni++;
    }
    if (tcvn3 + vni === 0) return null;
    return { encoding: tcvn3 >= vni ? "tcvn3" : "vni", cells: tcvn3 + vni };
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
      const issues = check
        ? validateTable(data, targetCheckOptions(data, s.target, s.nearPoorTarget))
        : null;
      patch({
        layout,
        data,
        grid,
        issues,
        choices: columnChoices(grid, layout),
        targetInvalid: isTargetTextInvalid(s.target),
        nearPoorTargetInvalid: isTargetTextInvalid(s.nearPoorTarget),
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
      decodedGrids.current.clear();
      for (const [sheet, raw] of workbook.grids) {
        const grid = keepSheet(sheet, raw);
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
        legacy: legacyOfWorkbook(),
        status:
          tables.length === 0
            ? notice("noTable")
            : notice(restored !== null ? "mappingRestored" : "tablesFound", { n: tables.length }),
      });
      if (workbook.failures[0]) patch({ error: noticeFromError(workbook.failures[0].error) });
      const layout = tables[index];
      // A sheet longer than the probe is read whole (in parts, under Excel's limits) before it is shown.
      if (layout && workbook.partial.includes(layout.sheet)) await readSheet(layout.sheet);
      const grid = layout ? decodedGrids.current.get(layout.sheet) : undefined;
      if (layout && grid) await showTable(grid, layout, false);
    },
    [host, patch, showTable, keepSheet, readSheet, legacyOfWorkbook]
  );

  /** Re-read the current table's sheet (after a write, an undo, or work done in another tab). */
  const reread = React.useCallback(
    async (check: boolean, allSheets = false) => {
      if (allSheets) for (const sheet of [...grids.current.keys()]) await readSheet(sheet);
      const layout = live.current.layout;
      if (!layout) {
        patch({ legacy: legacyOfWorkbook() });
        return null;
      }
      const grid = await readSheet(layout.sheet);
      patch({ legacy: legacyOfWorkbook() });
      return showTable(grid, layout, check);
    },
    [showTable, readSheet, patch, legacyOfWorkbook]
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
        const grid = layout ? decodedGrids.current.get(layout.sheet) : undefined;
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
          const grid = decodedGrids.current.get(layout.sheet);
          if (grid) await showTable(grid, layout, s.issues !== null);
          await host.saveSetting(MAPPING_SETTING, serializeMapping(layout));
          patch({ status: notice("mappingSaved") });
        }),
      setTarget: (text) => patch({ target: text, targetInvalid: isTargetTextInvalid(text) }),
      setNearPoorTarget: (text) =>
        patch({ nearPoorTarget: text, nearPoorTargetInvalid: isTargetTextInvalid(text) }),
      runCheck: () =>
        run(async () => {
          if (live.current.targetInvalid || live.current.nearPoorTargetInvalid) return;
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
      previewAllocation: (request) =>
        guarded(() => {
          const { data, formulas } = live.current;
          if (!data) return;
          patch({ allocationError: null, pending: null });
          const poor = resolveTargetText(request.poor ?? "", data);
          const nearPoor = resolveTargetText(request.nearPoor ?? "", data);
          const locks = toLocks(request.locks ?? {});
          const parts: AllocationPart[] = [];
          // Locks fix the poor-household cuts; with only a near-poor target, the near-poor ones.
          const asked = [
            ["poor", poor, locks],
            ["nearPoor", nearPoor, poor ? [] : locks],
          ] as const;
          for (const [subject, target, subjectLocks] of asked) {
            if (!target) continue;
            const r = allocateTarget(data, target.households, request.method, {
              subject,
              locks: subjectLocks,
            });
            if (!r.ok) {
              patch({ allocationError: { render: (l) => formatAllocationFailure(r, l) } });
              return;
            }
            parts.push({ subject, cuts: r.cuts });
          }
          const shown = parts[0];
          if (!shown) return;
          const rows = buildAllocationRows(data, shown.cuts, shown.subject);
          const plan = buildAllocationsPlan(data, parts, { formulas });
          propose("allocate", "compute", plan, {
            rows,
            total: totalAllocation(data, rows, shown.subject),
          });
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
          if (pending.action === "unicode") converted.current = true;
          await reread(live.current.issues !== null, pending.action === "unicode");
        }),
      cancelWrite: () => patch({ pending: null, status: notice("statusCancelled") }),
      undo: () =>
        run(async () => {
          if (live.current.highlight) await host.clearHighlight();
          const label = live.current.undoLabel;
          // A generated sheet the officer typed into: the first click says so, the next one deletes it.
          const result = await host.undo({ confirm: undoAsked.current });
          undoAsked.current = result.status === "confirm";
          if (result.status !== "confirm" && result.status !== "nothing") undoLabels.current.pop();
          patch({
            pending: null,
            status: {
              render: (l) => formatUndoResult(result, l, label ? noticeText(label, l) : undefined),
            },
          });
          await reread(live.current.issues !== null, converted.current);
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
      generatedSheets: () =>
        new Map(
          [...grids.current]
            .filter(([, g]) => g.generated !== undefined)
            .map(([sheet, g]) => [sheet, g.generated as string])
        ),
      readSheet: (sheet) => host.readGrid(sheet),
      loadSetting: (key) => host.loadSetting(key),
      saveSetting: (key, value) => host.saveSetting(key, value),
      dismissError: () => patch({ error: null }),
      requestUnicode: () =>
        guarded(() => {
          const { plan } = buildUnicodePlan([...grids.current.values()]);
          propose("unicode", "legacy", plan, null);
        }),
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

const WHOLE = /^\s*\d{1,9}\s*$/;

/** Typed locks by row → the engine's locks (a bad number goes through as NaN: the engine names the village). */
function toLocks(typed: Readonly<Record<number, string>>): UnitLock[] {
  return Object.entries(typed)
    .filter(([, text]) => text.trim() !== "")
    .map(([row, text]) => ({
      unit: Number(row),
      cut: WHOLE.test(text) ? Number(text) : Number.NaN,
    }));
}
