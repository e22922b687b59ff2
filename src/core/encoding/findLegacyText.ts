import type { Grid } from "../model/grid";
import type { ColumnRole } from "../model/roles";
import type { TableLayout } from "../model/table";
import type { LegacyText } from "../model/tableData";
import { decodeLegacyText } from "./legacyCodec";

/**
 * The table's legacy text, if `decodeLegacyGrid` decoded any cell inside it: the first such cell in reading order
 * (the headers come first) that lies in a mapped column, so `LEGACY_ENCODING` points at a header the officer knows.
 */
export function findLegacyText(grid: Grid, layout: TableLayout): LegacyText | undefined {
  const { top, bottom, left, right } = layout.range;
  const inside = (grid.legacyCells ?? []).filter(
    (c) => c.row >= top && c.row <= bottom && c.col >= left && c.col <= right
  );
  if (inside.length === 0) return undefined;
  const roleAt = new Map<number, ColumnRole>();
  for (const [role, col] of Object.entries(layout.columns) as [ColumnRole, number][])
    if (!roleAt.has(col)) roleAt.set(col, role);
  const sorted = [...inside].sort((a, b) => a.row - b.row || a.col - b.col);
  const first = sorted.find((c) => roleAt.has(c.col));
  if (first === undefined) return undefined;
  const value = grid.values[first.row - grid.top]?.[first.col - grid.left];
  return {
    encoding: first.encoding,
    row: first.row,
    role: roleAt.get(first.col) as ColumnRole,
    original: first.original,
    decoded: typeof value === "string" ? value : decodeLegacyText(first.original, first.encoding),
    cells: inside.length,
  };
}
