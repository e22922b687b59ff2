import * as React from "react";
import { useIndicatorTargets } from "./useIndicatorTargets";
import { useNearPoorTable } from "./useNearPoorTable";
import { usePreviousYear } from "./usePreviousYear";
import { useRoster } from "./useRoster";
import { useSheetInserts } from "./useSheetInserts";
import { useStandardChoice } from "./useStandardChoice";
import { resolveTargetText } from "./targets";
import {
  buildDeprivationPlan,
  buildNarrative,
  buildSummaryPlan,
  findPlaceName,
  missingSummaryColumns,
  readFigures,
  toDeprivationCounts,
  withNearPoorTable,
} from "../../core";
import type { Figures, Grid, Lang, Result, TableData, TableLayout } from "../../core";
import { summaryNotice } from "./notice";
import type { WorkbookActions } from "./useWorkbook";

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

/**
 * State and actions of the "Tổng hợp" tab: the table's figures, with the standard by plan year
 * (useStandardChoice), the deprivation targets (useIndicatorTargets), both sheets (useSheetInserts), the household
 * list (useRoster), last year's figures (usePreviousYear), the chart and the narrative.
 */
export function useSummary({
  actions,
  data,
  grid,
  lang,
  onBusy,
  targets: typedTargets,
  tables = NO_TABLES,
}: UseSummaryArgs) {
  const choice = useStandardChoice(actions, data, grid);
  const { year, place, standard } = choice;
  const indicatorTargets = useIndicatorTargets();
  const inserts = useSheetInserts(actions, data, onBusy);
  const roster = useRoster({
    actions,
    data,
    standard,
    onBusy,
    sheets: inserts.sheets,
    generated: inserts.generated,
  });

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

  function insertSummary(again = false): Promise<void> {
    return inserts.insertNewSheet(
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
    const counts =
      roster.roster?.kind === "done" ? toDeprivationCounts(roster.roster.match) : undefined;
    return inserts.insertNewSheet(
      "deprivation",
      (existing) =>
        buildDeprivationPlan(data as TableData, standard, {
          existingSheets: existing,
          lang,
          targets: indicatorTargets.parsedTargets,
          ...(place ? { place } : {}),
          ...(year === null ? {} : { year }),
          ...(placeName === null ? {} : { placeName }),
          ...(counts ? { counts } : {}),
        }),
      again
    );
  }

  async function copyNarrative(): Promise<void> {
    try {
      await navigator.clipboard.writeText(narrative.join("\n"));
      actions.announce(summaryNotice("uiCopied"));
    } catch {
      actions.announce(summaryNotice("uiCopyFailed"));
    }
  }

  return {
    figures,
    missingColumns,
    year,
    setYear: choice.setYear,
    yearRange: choice.yearRange,
    standardId: choice.standardId,
    setStandardId: choice.setStandardId,
    standard,
    unconfirmed: choice.unconfirmed,
    averageInput: choice.averageInput,
    setAverageInput: choice.setAverageInput,
    saveAverage: choice.saveAverage,
    targets: indicatorTargets.targets,
    setTarget: indicatorTargets.setTarget,
    presetTargets: indicatorTargets.presetTargets,
    clearTargets: indicatorTargets.clearTargets,
    targetInvalid: indicatorTargets.targetInvalid,
    insertSummary,
    insertDeprivation,
    ...roster,
    narrative,
    previous,
    copyNarrative,
    chartPoints,
    confirm: inserts.confirm,
    confirmInsert: () =>
      inserts.confirm?.kind === "deprivation" ? insertDeprivation(true) : insertSummary(true),
    cancelInsert: inserts.cancelInsert,
  };
}
