import { toA1, toColumnLetters } from "../../../core";
import type { Lang } from "../../../core";
import { formatNumber } from "../../../core";
import { isCellError, type Grid, type RawValue } from "../../../core";

/** Rows and columns the preview draws at most (the rest is summarised). */
export const MAX_ROWS = 300;
export const MAX_COLS = 40;

export type GridCell = {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly numeric: boolean;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly formula: string | null;
};

export type GridRow = { readonly row: number; readonly cells: readonly GridCell[] };

export type GridModel = {
  readonly columns: readonly { readonly col: number; readonly letter: string }[];
  readonly rows: readonly GridRow[];
  readonly truncated: boolean;
};

/** A value as Excel would roughly show it under its number format ("0.00", "0.00%", General). */
export function cellText(v: RawValue, format: string, lang: Lang): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const decimals = /\.(0+)/.exec(format)?.[1]?.length;
  if (format.includes("%")) return `${formatNumber(v * 100, lang, decimals ?? 0)}%`;
  return decimals !== undefined ? formatNumber(v, lang, decimals) : formatNumber(v, lang);
}

/** Lay out a Grid as table rows: merged areas become one spanning cell, covered cells are left out. */
export function buildGridModel(grid: Grid, lang: Lang): GridModel {
  const height = Math.min(grid.values.length, MAX_ROWS);
  const width = Math.min(Math.max(0, ...grid.values.map((r) => r.length)), MAX_COLS);
  const lastRow = grid.top + height - 1;
  const lastCol = grid.left + width - 1;
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of grid.merges) {
    const top = Math.max(m.top, grid.top);
    const left = Math.max(m.left, grid.left);
    const bottom = Math.min(m.bottom, lastRow);
    const right = Math.min(m.right, lastCol);
    if (top > bottom || left > right) continue;
    spans.set(`${top},${left}`, { rowSpan: bottom - top + 1, colSpan: right - left + 1 });
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r},${c}`);
  }
  const columns = Array.from({ length: width }, (_, j) => ({
    col: grid.left + j,
    letter: toColumnLetters(grid.left + j),
  }));
  const rows: GridRow[] = [];
  for (let i = 0; i < height; i++) {
    const row = grid.top + i;
    const cells: GridCell[] = [];
    for (let j = 0; j < width; j++) {
      const col = grid.left + j;
      if (covered.has(`${row},${col}`)) continue;
      const v = grid.values[i]?.[j] ?? null;
      const span = spans.get(`${row},${col}`) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({
        address: toA1(row, col),
        row,
        col,
        text: cellText(v, grid.numberFormats[i]?.[j] ?? "General", lang),
        numeric: typeof v === "number",
        formula: grid.formulas[i]?.[j] ?? null,
        ...span,
      });
    }
    rows.push({ row, cells });
  }
  const fullWidth = Math.max(0, ...grid.values.map((r) => r.length));
  return { columns, rows, truncated: grid.values.length > MAX_ROWS || fullWidth > MAX_COLS };
}
