import { changeKey, inTableBody, pruneUnchanged, toA1 } from "../../core";
import type { CellChangeKind, Lang } from "../../core";
import type { Grid, WritePlan } from "../../core";
import { displayPlanCell, displayValue } from "./displayValue";

/** One cell of a write preview: what it shows now, what it will hold, and how it changes. */
export type PreviewCell = {
  readonly sheet: string;
  readonly cell: string;
  readonly before: string;
  readonly after: string;
  readonly kind: CellChangeKind;
};

export type PlanPreview = {
  /** Only the cells that change (a write that would leave a cell as it is was dropped from the plan). */
  readonly cells: readonly PreviewCell[];
  /** Cells the plan writes a value or formula to — all of them change. */
  readonly cellCount: number;
  /** Cells whose number is unchanged but stored as text now (they become numbers). */
  readonly textToNumber: number;
  readonly sheets: readonly string[];
  /** Sheets the plan creates. */
  readonly created: readonly string[];
  /**
   * Formula cells inside an Excel Table: the host writes their value instead, since Excel would fill a formula down
   * the whole table column (a calculated column).
   */
  readonly valuesInTable?: number;
};

/**
 * Describe a plan against the grids it will change, after dropping every write that changes nothing.
 * Returns null when nothing at all would change (the pane then says so instead of offering the write).
 */
export function previewPlan(
  plan: WritePlan,
  gridOf: (sheet: string) => Grid | undefined,
  lang: Lang
): { readonly plan: WritePlan; readonly preview: PlanPreview } | null {
  const pruned = pruneUnchanged(plan, gridOf);
  if (!pruned.plan) return null;
  const cells: PreviewCell[] = [];
  let valuesInTable = 0;
  for (const sp of pruned.plan.sheets) {
    const grid = sp.create ? undefined : gridOf(sp.sheet);
    for (const w of sp.writes) {
      if (!w.cell) continue;
      const inTable = inTableBody(grid?.tables ?? [], w.row, w.col);
      if (inTable && "formula" in w.cell && w.cell.result !== undefined) valuesInTable++;
      const before = grid
        ? displayValue(grid.values[w.row - grid.top]?.[w.col - grid.left], lang)
        : "";
      cells.push({
        sheet: sp.sheet,
        cell: toA1(w.row, w.col),
        before,
        after: displayPlanCell(w.cell, lang),
        kind: pruned.kinds.get(changeKey(sp.sheet, w.row, w.col)) ?? "value",
      });
    }
  }
  return {
    plan: pruned.plan,
    preview: {
      cells,
      cellCount: cells.length,
      textToNumber: cells.filter((c) => c.kind === "textToNumber").length,
      sheets: pruned.plan.sheets.map((s) => s.sheet),
      created: pruned.plan.sheets.filter((s) => s.create === true).map((s) => s.sheet),
      valuesInTable,
    },
  };
}
