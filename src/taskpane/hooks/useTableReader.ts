import * as React from "react";
import {
  detectTables,
  readTable,
  readWorkbook,
  validateTable,
  type Grid,
  type Issue,
  type TableLayout,
  type WorkbookHost,
} from "../../core";
import { columnChoices } from "./columnChoices";
import { notice, noticeFromError } from "./notice";
import { applySavedMapping, MAPPING_SETTING } from "./savedMapping";
import type { SheetCache } from "./useSheetCache";
import type { DetectFailure, WorkbookState } from "./useWorkbook.types";
import { targetCheckOptions, usableTargets } from "./targets";
import type { WorkbookEvent } from "./workbookReducer";

export type TableReader = {
  /** Find the tables of the workbook (with the saved column mapping when `useSaved`) and show one. */
  detect(useSaved: boolean): Promise<void>;
  /** Parse the table on `grid` with `layout`, and check it when `check`; returns the issues (null unchecked). */
  show(grid: Grid, layout: TableLayout, check: boolean): Promise<readonly Issue[] | null>;
  /** Re-read the current table's sheet (all sheets when `allSheets`) after a write, an undo or another tab. */
  reread(check: boolean, allSheets?: boolean): Promise<readonly Issue[] | null>;
  /** Colour the cells of `issues` (only when `on`), after clearing the previous colouring. */
  rehighlight(issues: readonly Issue[] | null, on: boolean): Promise<void>;
};

/** Reading: detection, parsing, checking and the colouring of problem cells. */
export function useTableReader(
  host: WorkbookHost,
  sheets: SheetCache,
  dispatch: (e: WorkbookEvent) => void,
  stateRef: { readonly current: WorkbookState }
): TableReader {
  return React.useMemo<TableReader>(() => {
    const rehighlight = async (issues: readonly Issue[] | null, on: boolean) => {
      await host.clearHighlight();
      if (on && issues && issues.length > 0) {
        const sheet = issues[0]?.sheet as string;
        await host.highlight(sheet, [
          ...new Set(issues.filter((i) => i.sheet === sheet).map((i) => i.cell)),
        ]);
      }
    };

    const show = async (grid: Grid, layout: TableLayout, check: boolean) => {
      const data = readTable(grid, layout);
      const s = stateRef.current;
      const targets = usableTargets(s.target, s.nearPoorTarget, data);
      const issues = check
        ? validateTable(data, targetCheckOptions(data, targets.poor, targets.nearPoor))
        : null;
      dispatch({
        type: "tableShown",
        layout,
        data,
        grid,
        issues,
        choices: columnChoices(grid, layout),
      });
      if (s.highlight) await rehighlight(issues, issues !== null);
      return issues;
    };

    const detect = async (useSaved: boolean) => {
      dispatch({ type: "detectStarted" });
      // One probe of every sheet in a constant number of batches (src/core/workbook/readWorkbook.ts).
      const workbook = await readWorkbook(host);
      const found: TableLayout[] = [];
      let failure: DetectFailure | null = null;
      sheets.clear();
      for (const [sheet, raw] of workbook.grids) {
        const r = detectTables(sheets.keep(sheet, raw, !workbook.partial.includes(sheet)));
        if (r.ok) found.push(...r.tables);
        else if (isBetterFailure(r.confidence, sheet === workbook.active, failure))
          failure = { result: r, sheet };
      }
      const saved = useSaved ? await host.loadSetting(MAPPING_SETTING) : null;
      const { tables, restored } = applySavedMapping(found, saved);
      const onActive = tables.findIndex((t) => t.sheet === workbook.active);
      const index = restored ?? (onActive >= 0 ? onActive : 0);
      dispatch({
        type: "tablesDetected",
        tables,
        tableIndex: index,
        detectFailure: failure,
        status:
          tables.length === 0
            ? notice("noTable")
            : notice(restored !== null ? "mappingRestored" : "tablesFound", { n: tables.length }),
      });
      dispatch({ type: "legacyCounted", legacy: sheets.legacy() });
      if (workbook.failures[0])
        dispatch({ type: "failed", error: noticeFromError(workbook.failures[0].error) });
      const layout = tables[index];
      // A sheet longer than the probe is read whole (in parts, under Excel's limits) before it is shown.
      if (layout && workbook.partial.includes(layout.sheet)) await sheets.read(layout.sheet);
      const grid = layout ? sheets.decoded(layout.sheet) : undefined;
      if (layout && grid) await show(grid, layout, false);
    };

    const reread = async (check: boolean, allSheets = false) => {
      if (allSheets) for (const sheet of sheets.sheets()) await sheets.read(sheet);
      const layout = stateRef.current.layout;
      const grid = layout ? await sheets.read(layout.sheet) : null;
      dispatch({ type: "legacyCounted", legacy: sheets.legacy() });
      return layout && grid ? show(grid, layout, check) : null;
    };

    return { detect, show, reread, rehighlight };
  }, [host, sheets, dispatch, stateRef]);
}

/** The failure to report when no sheet holds a table: the most confident, the active sheet on a tie. */
function isBetterFailure(confidence: number, active: boolean, best: DetectFailure | null): boolean {
  return (
    !best || confidence > best.result.confidence || (active && confidence >= best.result.confidence)
  );
}
