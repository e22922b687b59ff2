import type { Grid, TableLayout } from "../model";

const YEAR = /n[aă]m\s*(20\d\d)/giu;

function textAt(grid: Grid, row: number, col: number): string {
  const v = grid.values[row - grid.top]?.[col - grid.left];
  return typeof v === "string" ? v : "";
}

function yearsIn(text: string): number[] {
  return Array.from(text.matchAll(YEAR), (m) => Number(m[1]));
}

/**
 * The plan year written in the table's headers: the projected-rate header ("Dự kiến tỷ lệ hộ nghèo cuối năm 2024")
 * first, else the latest "năm YYYY" in the title and header rows. null when none is written.
 * @example findPlanYear(grid, layout) === 2024 // Bình Lương: "… cuối năm 2024 (%)"
 */
export function findPlanYear(grid: Grid, layout: TableLayout): number | null {
  const projected = layout.columns.projectedPoorRate;
  if (projected !== undefined) {
    for (let r = layout.headerRows[0]; r <= layout.headerRows[1]; r++) {
      const ys = yearsIn(textAt(grid, r, projected));
      if (ys.length > 0) return Math.max(...ys);
    }
  }
  const found: number[] = [];
  for (let r = grid.top; r <= layout.headerRows[1]; r++) {
    const cells = grid.values[r - grid.top] ?? [];
    for (const v of cells) if (typeof v === "string") found.push(...yearsIn(v));
  }
  return found.length > 0 ? Math.max(...found) : null;
}
