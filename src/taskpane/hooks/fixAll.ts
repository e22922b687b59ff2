import {
  buildFixPlan,
  buildIssueFix,
  type CellWrite,
  type Issue,
  type TableData,
  type WritePlan,
} from "../../core";

/**
 * "Sửa tất cả": every fix the engine can derive — the rate columns and numbers written as text (buildFixPlan,
 * what `giamngheo fix` writes) plus each listed issue's one-cell fix (a suggested number such as 4 for "4 hộ").
 * Totals-row counts are left to the officer's own click (the mismatch may be a village's mistake).
 */
export function buildFixAllPlan(
  data: TableData,
  issues: readonly Issue[],
  formulas: boolean
): WritePlan {
  const base = buildFixPlan(data, { formulas });
  const writes = new Map<string, CellWrite>();
  for (const w of base.sheets[0]?.writes ?? []) writes.set(`${w.row}:${w.col}`, w);
  for (const issue of issues) {
    const w = buildIssueFix(data, issue, { formulas })?.sheets[0]?.writes[0];
    if (w && !writes.has(`${w.row}:${w.col}`)) writes.set(`${w.row}:${w.col}`, w);
  }
  const sorted = [...writes.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return { action: "fix", sheets: [{ sheet: data.layout.sheet, writes: sorted }] };
}
