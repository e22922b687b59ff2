import { createGridReader } from "../grid/createGridReader";
import type { Grid } from "../model/grid";
import type { ColumnMap, TableLayout } from "../model/table";
import { lastRowOf, rowsOf } from "./detectTableAt";
import { scanDataRows } from "./scanDataRows";
import { scoreLayout } from "./scoreLayout";

/**
 * A layout with the officer's corrected column mapping: the header rows stay, the data rows, totals row and range
 * are found again with the new columns (a different unit column can change which rows are units). Without a unit
 * column, or when no unit row is found with the new mapping, only the columns and range change.
 * @example relayoutTable(grid, layout, { ...layout.columns, poor: 6, poorRate: 7 })
 */
export function relayoutTable(grid: Grid, layout: TableLayout, columns: ColumnMap): TableLayout {
  const mapped = Object.values(columns).filter(
    (c): c is number => typeof c === "number" && Number.isInteger(c) && c >= 1
  );
  if (mapped.length === 0) return { ...layout, columns };
  const left = Math.min(...mapped);
  const right = Math.max(...mapped);
  const keepRows: TableLayout = { ...layout, columns, range: { ...layout.range, left, right } };
  if (columns.unit === undefined) return keepRows;
  const reader = createGridReader(grid);
  const span = {
    start: layout.headerRows[1] + 1,
    left: Math.min(left, layout.range.left),
    right: Math.max(right, layout.range.right),
  };
  const data = scanDataRows(reader, span, columns);
  const first = data.unitRows[0];
  const last = data.unitRows[data.unitRows.length - 1];
  if (first === undefined || last === undefined) return keepRows;
  const next: TableLayout = {
    ...withoutGroups(layout),
    columns,
    range: { top: layout.range.top, left, bottom: lastRowOf(data), right },
    dataRows: [first, last],
    ...rowsOf(data),
  };
  return { ...next, confidence: scoreLayout(next) };
}

function withoutGroups(layout: TableLayout): TableLayout {
  const out = { ...layout };
  delete out.groups;
  delete out.breakdowns;
  delete out.skippedRows;
  return out;
}
