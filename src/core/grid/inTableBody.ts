import type { Grid } from "../model";

type TableRange = NonNullable<Grid["tables"]>[number];

/**
 * Whether a cell lies in the data body of one of the sheet's Excel Tables, where a formula becomes a calculated
 * column filling the whole column. The body starts below the header row, or at the table's first row when the table
 * has none (`headerRow: false`, Table.showHeaders off).
 * @example inTableBody([{ name: "T", range: { top: 2, left: 1, bottom: 4, right: 3 }, headerRow: false }], 2, 3) === true
 */
export function inTableBody(tables: readonly TableRange[], row: number, col: number): boolean {
  return tables.some((t) => {
    const top = t.headerRow === false ? t.range.top : t.range.top + 1;
    return row >= top && row <= t.range.bottom && col >= t.range.left && col <= t.range.right;
  });
}
