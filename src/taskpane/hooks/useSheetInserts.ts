import * as React from "react";
import { isHostError } from "../../core";
import type { Result, TableData, WritePlan } from "../../core";
import { notice, noticeWith, summaryNotice } from "./notice";
import type { WorkbookActions } from "./useWorkbook";

/** A sheet insert that would make a second copy: the officer is asked first. */
export type InsertConfirm = {
  readonly sheet: string;
  readonly next: string;
  readonly kind: "summary" | "deprivation";
};

type InsertActions = Pick<
  WorkbookActions,
  "listSheets" | "generatedSheets" | "applyPlan" | "announce" | "reportError"
>;

/** Builds one sheet's plan among the sheets that exist (its name made unique among them). */
export type BuildSheet = (
  existing: readonly string[]
) => Result<{ plan: WritePlan; sheet: string }>;

/**
 * The workbook's sheets as last seen, the ones the add-in generated, and inserting a new sheet: a second copy only
 * when the officer confirms it, and once more under a fresh name when the officer added a sheet of that name
 * meanwhile.
 */
export function useSheetInserts(
  actions: InsertActions,
  data: TableData | null,
  onBusy: (busy: boolean) => void
) {
  const [confirm, setConfirm] = React.useState<InsertConfirm | null>(null);
  /** The workbook's sheet names as last seen; a new sheet's unique name is chosen from it without another sync. */
  const [sheets, setSheets] = React.useState<readonly string[]>([]);
  /** Sheets the add-in generated (by marker, so renamed ones too): never a roster, and a second insert asks first. */
  const [inserted, setInserted] = React.useState<ReadonlyMap<string, string>>(new Map());
  const generated = React.useMemo(
    () => new Map([...actions.generatedSheets(), ...inserted].filter(([s]) => sheets.includes(s))),
    [actions, inserted, sheets]
  );

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

  /**
   * Insert a new sheet built from the sheet names already known (so the action costs the apply's syncs only).
   * If the officer added a sheet of that name meanwhile, the host refuses (nothing is written): list again and retry once.
   */
  async function insertNewSheet(
    kind: InsertConfirm["kind"],
    build: BuildSheet,
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
        if (!r.ok)
          return actions.announce(summaryNotice("uiUnreadable", { count: r.issues.length }));
        try {
          const label = noticeWith("summaryInsertedLabel", { sheet: r.value.sheet }, {});
          const result = await actions.applyPlan(r.value.plan, label);
          setSheets([...existing, ...result.sheetsCreated]);
          setInserted(
            (m) => new Map([...m, ...result.sheetsCreated.map((s) => [s, kind] as const)])
          );
          // Outside Excel (the web app, the preview) the sheet has no chart: say so, once, with the way to get it.
          if (result.chartsSkipped)
            actions.announce(summaryNotice("uiInsertedNoChart", { sheet: r.value.sheet }));
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

  return {
    sheets,
    generated,
    confirm,
    insertNewSheet,
    cancelInsert: () => {
      setConfirm(null);
      actions.announce(notice("statusCancelled"));
    },
  };
}
