import type * as ExcelJS from "exceljs";
import { fromA1 } from "../core";
import type { Grid } from "../core";

type TableRange = NonNullable<Grid["tables"]>[number];

/** The part of ExcelJS's table model the host reads (not in its typings). */
type TableModel = { name: string; tableRef?: string; ref: string; headerRow?: boolean };

/**
 * The sheet's Excel Tables as the Grid carries them: name, range, and `headerRow: false` for a table without a header
 * row (`headerRowCount="0"`, Table.showHeaders off in Excel). ExcelJS reads a missing `headerRowCount` (the default,
 * one header row) as no header row, so the copy it reads states the attribute (see `readableTable`).
 */
export function sheetTables(ws: ExcelJS.Worksheet): TableRange[] {
  return (ws.getTables() as unknown as { table: TableModel }[]).map(({ table }) => {
    const [a = "A1", b = a] = (table.tableRef ?? table.ref).split(":");
    const tl = fromA1(a);
    const br = fromA1(b);
    const range = { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
    return table.headerRow === false
      ? { name: table.name, range, headerRow: false }
      : { name: table.name, range };
  });
}
