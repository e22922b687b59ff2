import { toA1 } from "../../core";
import type { Lang } from "../../core";
import type { Grid, WritePlan } from "../../core";
import { displayPlanCell, displayValue } from "./displayValue";

/** One cell of a write preview: what it shows now and what it will hold. */
export type PreviewCell = {
  readonly sheet: string;
  readonly cell: string;
  readonly before: string;
  readonly after: string;
};

export type PlanPreview = {
  readonly cells: readonly PreviewCell[];
  /** Cells the plan writes a value or formula to. */
  readonly cellCount: number;
  /** Cells whose shown content changes. */
  readonly changedCount: number;
  readonly sheets: readonly string[];
  /**
   * Formula cells inside an Excel Table: the host writes their value instead, since Excel would fill a formula down
   * the whole table column (a calculated column).
   */
  readonly valuesInTable?: number;
};

/** Describe a plan against the grids it will change (a created sheet has nothing before). */
export function previewPlan(
  plan: WritePlan,
  gridOf: (sheet: string) => Grid | undefined,
  lang: Lang
): PlanPreview {
  const cells: PreviewCell[] = [];
  let valuesInTable = 0;
  for (const sp of plan.sheets) {
    const grid = sp.create ? undefined : gridOf(sp.sheet);
    for (const w of sp.writes) {
      if (!w.cell) continue;
      const inTable = (grid?.tables ?? []).some(
        (t) =>
          w.row > t.range.top &&
          w.row <= t.range.bottom &&
          w.col >= t.range.left &&
          w.col <= t.range.right
      );
      if (inTable && "formula" in w.cell && w.cell.result !== undefined) valuesInTable++;
      const before = grid
        ? displayValue(grid.values[w.row - grid.top]?.[w.col - grid.left], lang)
        : "";
      cells.push({
        sheet: sp.sheet,
        cell: toA1(w.row, w.col),
        before,
        after: displayPlanCell(w.cell, lang),
      });
    }
  }
  // Cells whose shown value changes first; the others are rewritten with the same value (e.g. a rate made exact).
  const changed = cells.filter((c) => c.before !== c.after);
  const same = cells.filter((c) => c.before === c.after);
  return {
    cells: [...changed, ...same],
    cellCount: cells.length,
    changedCount: changed.length,
    sheets: plan.sheets.map((s) => s.sheet),
    valuesInTable,
  };
}
