import type { Grid, TableLayout } from "../model";

const UBND = /UBND\s+((?:xã|phường|thị trấn)\s+[^)\n,;]+?)\s*(?:[)\n,;]|$)/iu;

/**
 * The commune or ward the appendix belongs to, from its title rows: "(Kèm theo Kế hoạch … của UBND xã Bình Lương)"
 * → "xã Bình Lương". null when no row names it.
 * @example findPlaceName(grid, layout) === "xã Bình Lương"
 */
export function findPlaceName(grid: Grid, layout: TableLayout): string | null {
  for (let r = grid.top; r <= layout.headerRows[1]; r++) {
    for (const v of grid.values[r - grid.top] ?? []) {
      if (typeof v !== "string") continue;
      const m = UBND.exec(v);
      if (m) return (m[1] as string).replace(/\s+/g, " ").trim();
    }
  }
  return null;
}
