import type { Grid } from "../model/grid";
import type { CellWrite, SheetPlan, WritePlan } from "../model/plan";
import { decodeLegacyGrid } from "./decodeLegacyGrid";
import { legacyFont } from "./legacyFont";

/** The font converted text is given: the one Decree 30/2020/NĐ-CP documents use. */
export const UNICODE_FONT = "Times New Roman";

export type UnicodeConversion = {
  readonly plan: WritePlan;
  /** Cells whose text is rewritten in Unicode, per sheet (sheets with nothing to do are left out). */
  readonly sheets: readonly {
    readonly sheet: string;
    readonly cells: number;
    readonly fonts: number;
  }[];
};

/**
 * Convert a workbook's legacy TCVN3 / VNI text to Unicode: every decoded cell gets its Unicode text and the font
 * Times New Roman, and every other cell in a .Vn / VNI font (numbers, ASCII, merged cells) gets the font alone,
 * so nothing is left that shows differently once converted. Formulas are never rewritten (their results follow the
 * cells they read). Grids are the sheets as the host read them (with `fontNames` where the host knows fonts).
 * @example
 * const { plan } = buildUnicodePlan(grids); await host.apply(plan); // "Tæng sè hé" → "Tổng số hộ", Times New Roman
 */
export function buildUnicodePlan(grids: readonly Grid[]): UnicodeConversion {
  const sheets: SheetPlan[] = [];
  const counts: { sheet: string; cells: number; fonts: number }[] = [];
  for (const grid of grids) {
    if (grid.generated !== undefined) continue;
    const { grid: decoded, cells } = decodeLegacyGrid(grid);
    const writes: CellWrite[] = [];
    const done = new Set<string>();
    let text = 0;
    for (const c of cells) {
      const i = c.row - grid.top;
      const j = c.col - grid.left;
      done.add(`${i},${j}`);
      const style = { fontName: UNICODE_FONT };
      if (grid.formulas[i]?.[j]) {
        if (legacyFont(grid.fontNames?.[i]?.[j]) !== null)
          writes.push({ row: c.row, col: c.col, style });
        continue;
      }
      const value = decoded.values[i]?.[j] ?? null;
      writes.push({
        row: c.row,
        col: c.col,
        cell: { value: typeof value === "string" ? value : c.original },
        style,
      });
      text++;
    }
    grid.fontNames?.forEach((row, i) =>
      row.forEach((font, j) => {
        if (done.has(`${i},${j}`) || legacyFont(font) === null) return;
        writes.push({ row: grid.top + i, col: grid.left + j, style: { fontName: UNICODE_FONT } });
      })
    );
    if (writes.length === 0) continue;
    sheets.push({ sheet: grid.sheet, writes });
    counts.push({ sheet: grid.sheet, cells: text, fonts: writes.length - text });
  }
  return { plan: { action: "unicode", sheets }, sheets: counts };
}
