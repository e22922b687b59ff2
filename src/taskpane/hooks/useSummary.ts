import * as React from "react";
import { useNearPoorTable } from "./useNearPoorTable";
import { usePreviousYear } from "./usePreviousYear";
import { resolveTargetText } from "./targets";
import {
  applyStandardSettings,
  buildDeprivationPlan,
  buildNarrative,
  findPlaceName,
  buildRosterCountsPlan,
  buildSummaryPlan,
  classifyRosterSteps,
  findPlaceKind,
  findPlanYear,
  listUnconfirmed,
  matchRosterUnits,
  missingSummaryColumns,
  parseRoster,
  parseStandardSettings,
  readFigures,
  standardById,
  standardForYear,
  STANDARDS,
  toDeprivationCounts,
  withNearPoorTable,
  PHO_MINH_TARGETS,
} from "../../core";
import type {
  CountChange,
  Figures,
  IndicatorId,
  PlaceKind,
  IndicatorTargets,
  PovertyStandard,
  RosterMatch,
  RosterParse,
  RosterSummary,
  StandardId,
  StandardSettings,
  UnconfirmedItem,
} from "../../core";
import type { Lang } from "../../core";
import { decodeLegacyGrid, formatRosterFailure, formatRosterProblem } from "../../core";
import { tSummary, type SummaryMessageKey } from "../../core";
import type { MessageParams } from "../../core";
import type { Grid, Result, TableData, TableLayout, WritePlan } from "../../core";
import { isHostError } from "../../core";
import { notice, noticeWith, type Notice } from "./notice";
import type { WorkbookActions } from "./useWorkbook";

export const SETTINGS_KEY = "giamngheo.standardSettings";
const FIRST_YEAR = STANDARDS[0]?.years.value[0] ?? 2022;
const LAST_YEAR = STANDARDS[STANDARDS.length - 1]?.years.value[1] ?? 2030;
const CHUNK = 1000;

const say = (key: SummaryMessageKey, params?: MessageParams): Notice => ({
  render: (lang: Lang) => tSummary(lang, key, params),
});
const clampYear = (y: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, y));
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

/** What the Tổng hợp tab may do to the workbook: the pane's actions (every write is one labelled undo step). */
export type SummaryActions = Pick<
  WorkbookActions,
  | "listSheets"
  | "generatedSheets"
  | "readSheet"
  | "loadSetting"
  | "saveSetting"
  | "applyPlan"
  | "announce"
  | "reportError"
>;

const NO_TABLES: readonly TableLayout[] = [];

/** A sheet insert that would make a second copy: the officer is asked first. */
export type InsertConfirm = {
  readonly sheet: string;
  readonly next: string;
  readonly kind: "summary" | "deprivation";
};

export type UseSummaryArgs = {
  readonly actions: SummaryActions;
  readonly data: TableData | null;
  readonly grid: Grid | null;
  readonly lang: Lang;
  readonly onBusy: (busy: boolean, progress?: number) => void;
  readonly targets?: { readonly poor: string; readonly nearPoor: string };
  /** Every detected table: a near-poor table on a sheet of its own feeds the narrative's near-poor sentences. */
  readonly tables?: readonly TableLayout[];
};

/** State and actions of the "Tổng hợp" tab: standard by plan year, both sheets, roster, chart and narrative. */
export function useSummary({
  actions,
  data,
  grid,
  lang,
  onBusy,
  targets: typedTargets,
  tables = NO_TABLES,
}: UseSummaryArgs) {
  const [year, setYearState] = React.useState<number | null>(null);
  const [place, setPlace] = React.useState<PlaceKind | undefined>(undefined);
  const [standardId, setStandardId] = React.useState<StandardId>(
    standardForYear(clampYear(new Date().getFullYear())).id
  );
  const [settings, setSettings] = React.useState<StandardSettings>({});
  const [averageInput, setAverageInput] = React.useState({ rural: "", urban: "" });
  const [targets, setTargets] = React.useState<Partial<Record<IndicatorId, string>>>({});
  const setNotice = actions.announce;
  const [confirm, setConfirm] = React.useState<InsertConfirm | null>(null);
  /** The workbook's sheet names as last seen; a new sheet's unique name is chosen from it without another sync. */
  const [sheets, setSheets] = React.useState<readonly string[]>([]);
  /** Sheets the add-in generated (by marker, so renamed ones too): never a roster, and a second insert asks first. */
  const [inserted, setInserted] = React.useState<ReadonlyMap<string, string>>(new Map());
  const generated = React.useMemo(
    () => new Map([...actions.generatedSheets(), ...inserted].filter(([s]) => sheets.includes(s))),
    [actions, inserted, sheets]
  );
  const rosterSheets = React.useMemo(
    () => sheets.filter((s) => s !== data?.layout.sheet && !generated.has(s)),
    [sheets, data, generated]
  );
  const [rosterSheet, setRosterSheet] = React.useState<string>("");
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [roster, setRoster] = React.useState<RosterState | null>(null);

  /** Columns the summary needs that the officer's mapping lacks (e.g. a near-poor-only table). */
  const missingColumns = React.useMemo(
    () => (data ? missingSummaryColumns(data.layout) : []),
    [data]
  );
  const nearPoorTable = useNearPoorTable(data, tables, actions.readSheet, actions.reportError);
  const figures: Result<Figures> | null = React.useMemo(() => {
    const read = data && missingColumns.length === 0 ? readFigures(data) : null;
    return read?.ok && nearPoorTable
      ? { ok: true, value: withNearPoorTable(read.value, nearPoorTable) }
      : read;
  }, [data, missingColumns, nearPoorTable]);

  React.useEffect(() => {
    let live = true;
    actions.loadSetting(SETTINGS_KEY).then(
      (saved) => live && setSettings(parseStandardSettings(saved)),
      (e: unknown) => live && actions.reportError(e)
    );
    return () => {
      live = false;
    };
  }, [actions]);

  // Sheets are listed again whenever the table is re-read, so a roster sheet the officer just added shows up.
  React.useEffect(() => {
    let live = true;
    actions.listSheets().then(
      (names) => live && setSheets(names),
      (e: unknown) => live && actions.reportError(e)
    );
    return () => {
      live = false;
    };
  }, [actions, data]);

  React.useEffect(() => {
    if (!data || !grid) return;
    const found = findPlanYear(grid, data.layout);
    // A newly read table resets what the officer chose from its titles (year, place kind, standard).
    /* eslint-disable react-hooks/set-state-in-effect */
    setPlace(findPlaceKind(grid, data.layout));
    setYearState(found);
    if (found !== null) setStandardId(standardForYear(clampYear(found)).id);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [grid, data]);

  const standard: PovertyStandard = React.useMemo(() => {
    const base = standardById(standardId);
    try {
      return base.averageLines.confirmed ? base : applyStandardSettings(base, settings);
    } catch {
      return base;
    }
  }, [standardId, settings]);
  const unconfirmed: readonly UnconfirmedItem[] = React.useMemo(
    () => listUnconfirmed(standard),
    [standard]
  );

  const setYear = (y: number | null) => {
    setYearState(y);
    if (y !== null && y >= FIRST_YEAR && y <= LAST_YEAR) setStandardId(standardForYear(y).id);
  };

  const parsedTargets: IndicatorTargets = React.useMemo(() => {
    const out: Partial<Record<IndicatorId, number>> = {};
    for (const [id, raw] of Object.entries(targets) as [IndicatorId, string][]) {
      const n = Number(raw.replace(",", "."));
      if (raw.trim() !== "" && Number.isFinite(n) && n >= 0 && n <= 100) out[id] = n;
    }
    return out;
  }, [targets]);
  const targetInvalid = (id: IndicatorId): boolean => {
    const raw = targets[id] ?? "";
    const n = Number(raw.replace(",", "."));
    return raw.trim() !== "" && !(Number.isFinite(n) && n >= 0 && n <= 100);
  };

  const previous = usePreviousYear(data);
  const previousYear = previous.previousYear(year);
  const nearPoor = previous.nearPoorValue;
  const poorTarget = resolveTargetText(typedTargets?.poor ?? "", data);
  const nearPoorTarget = resolveTargetText(typedTargets?.nearPoor ?? "", data);
  const placeName = React.useMemo(
    () => (grid && data ? findPlaceName(grid, data.layout) : null),
    [grid, data]
  );
  // Cheap: a few sentences from figures already read; rebuilt with the previous-year fields as they are typed.
  const narrative = figures?.ok
    ? buildNarrative(figures.value, {
        year,
        lang,
        ...(place ? { place } : {}),
        ...(previousYear ? { previousYear } : {}),
        ...(nearPoor !== undefined ? { nearPoor } : {}),
        targets: {
          ...(poorTarget ? { poor: poorTarget } : {}),
          ...(nearPoorTarget ? { nearPoor: nearPoorTarget } : {}),
        },
      })
    : [];
  const chartPoints = React.useMemo(
    () =>
      figures?.ok
        ? figures.value.units.map((u) => ({
            name: u.name,
            start: u.poorRate,
            projected: u.projectedPoorRate,
          }))
        : [],
    [figures]
  );

  async function apply(plan: WritePlan, label: Notice): Promise<void> {
    onBusy(true);
    try {
      await actions.applyPlan(plan, label);
    } catch (e) {
      actions.reportError(e);
    } finally {
      onBusy(false);
    }
  }

  /**
   * Insert a new sheet built from the sheet names already known (so the action costs the apply's syncs only).
   * If the officer added a sheet of that name meanwhile, the host refuses (nothing is written): list again and retry once.
   */
  async function insertNewSheet(
    kind: InsertConfirm["kind"],
    build: (existing: readonly string[]) => Result<{ plan: WritePlan; sheet: string }>,
    again: boolean
  ): Promise<void> {
    if (!data) return;
    setConfirm(null);
    const first = build([]);
    const planned = build(sheets);
    // A second copy is never made silently: ask, and insert only when the officer says so. The first copy is
    // found by its marker (even renamed), else by its name.
    const copy = [...generated].find(([, marker]) => marker === kind)?.[0];
    const named = first.ok && planned.ok && planned.value.sheet !== first.value.sheet;
    if (!again && planned.ok && (copy !== undefined || named)) {
      const sheet = copy ?? (first.ok ? first.value.sheet : planned.value.sheet);
      setConfirm({ sheet, next: planned.value.sheet, kind });
      return;
    }
    onBusy(true);
    try {
      let existing = sheets;
      for (let attempt = 0; ; attempt++) {
        const r = build(existing);
        if (!r.ok) return setNotice(say("uiUnreadable", { count: r.issues.length }));
        try {
          const label = noticeWith("summaryInsertedLabel", { sheet: r.value.sheet }, {});
          const result = await actions.applyPlan(r.value.plan, label);
          setSheets([...existing, ...result.sheetsCreated]);
          setInserted(
            (m) => new Map([...m, ...result.sheetsCreated.map((s) => [s, kind] as const)])
          );
          // Outside Excel (the web app, the preview) the sheet has no chart: say so, once, with the way to get it.
          if (result.chartsSkipped) setNotice(say("uiInsertedNoChart", { sheet: r.value.sheet }));
          return;
        } catch (e) {
          if (attempt > 0 || !isHostError(e) || e.code !== "SHEET_EXISTS") throw e;
          existing = await actions.listSheets();
          setSheets(existing);
        }
      }
    } catch (e) {
      actions.reportError(e);
    } finally {
      onBusy(false);
    }
  }

  function insertSummary(again = false): Promise<void> {
    return insertNewSheet(
      "summary",
      (existing) =>
        buildSummaryPlan(data as TableData, {
          existingSheets: existing,
          lang,
          ...(place ? { place } : {}),
          ...(year === null ? {} : { year }),
          ...(placeName === null ? {} : { placeName }),
          ...(previousYear ? { previousYear } : {}),
        }),
      again
    );
  }

  function insertDeprivation(again = false): Promise<void> {
    const counts = roster?.kind === "done" ? toDeprivationCounts(roster.match) : undefined;
    return insertNewSheet(
      "deprivation",
      (existing) =>
        buildDeprivationPlan(data as TableData, standard, {
          existingSheets: existing,
          lang,
          targets: parsedTargets,
          ...(place ? { place } : {}),
          ...(year === null ? {} : { year }),
          ...(placeName === null ? {} : { placeName }),
          ...(counts ? { counts } : {}),
        }),
      again
    );
  }

  async function classify(): Promise<void> {
    if (!data || !rosterSheet) return;
    onBusy(true, 0);
    try {
      const roster = decodeLegacyGrid(await actions.readSheet(rosterSheet)).grid;
      const parsed: RosterParse = parseRoster(roster, standard);
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
    await apply(
      roster.plan,
      noticeWith("countsWrittenLabel", { cells: roster.changes.length }, {})
    );
    setRoster(null);
  }

  async function saveAverage(): Promise<void> {
    const rural = Number(averageInput.rural.replace(/[.\s]/g, ""));
    const urban = Number(averageInput.urban.replace(/[.\s]/g, ""));
    const next: StandardSettings = { averageLines: { rural, urban } };
    try {
      applyStandardSettings(standardById(standardId), next);
    } catch {
      return setNotice(say("uiSettingsInvalid"));
    }
    try {
      await actions.saveSetting(SETTINGS_KEY, JSON.stringify(next));
      setSettings(next);
      setNotice(say("uiSettingsSaved"));
    } catch (e) {
      actions.reportError(e);
    }
  }

  async function copyNarrative(): Promise<void> {
    try {
      await navigator.clipboard.writeText(narrative.join("\n"));
      setNotice(say("uiCopied"));
    } catch {
      setNotice(say("uiCopyFailed"));
    }
  }

  return {
    figures,
    missingColumns,
    year,
    setYear,
    yearRange: [FIRST_YEAR, LAST_YEAR] as const,
    standardId,
    setStandardId,
    standard,
    unconfirmed,
    averageInput,
    setAverageInput,
    saveAverage,
    targets,
    setTarget: (id: IndicatorId, v: string) => setTargets((t) => ({ ...t, [id]: v })),
    presetTargets: () =>
      setTargets(
        Object.fromEntries(
          Object.entries(PHO_MINH_TARGETS).map(([k, v]) => [k, String(v)])
        ) as Partial<Record<IndicatorId, string>>
      ),
    clearTargets: () => setTargets({}),
    targetInvalid,
    insertSummary,
    insertDeprivation,
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
    narrative,
    previous,
    copyNarrative,
    chartPoints,
    confirm,
    confirmInsert: () =>
      confirm?.kind === "deprivation" ? insertDeprivation(true) : insertSummary(true),
    cancelInsert: () => {
      setConfirm(null);
      setNotice(notice("statusCancelled"));
    },
  };
}
