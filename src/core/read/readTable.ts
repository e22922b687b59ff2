import { createGridReader } from "../grid/createGridReader";
import type { GridReader } from "../grid/createGridReader";
import type { Grid } from "../model/grid";
import { COLUMN_ROLES, isRateRole, RATE_ROLES } from "../model/roles";
import type { ColumnRole, RateRole } from "../model/roles";
import type { TableLayout } from "../model/table";
import type { ParsedCell, RateStorage, RowCells, TableData, UnitRow } from "../model/tableData";
import { isPercentFormat, parseCell } from "../parse/parseCell";
import { findLegacyText } from "../encoding/findLegacyText";

/**
 * Parse every mapped cell of a detected table. Rates come back in percent points; each rate column remembers
 * whether the sheet stores it as fractions under a % format (`rateStorage`), so writes can keep that form.
 * Never throws on cell content.
 * @example
 * const r = detectTables(grid);
 * if (r.ok) { const data = readTable(grid, r.tables[0]); data.units[0].cells.poorRate } // { kind: "number", value: 0.79, … }
 */
export function readTable(grid: Grid, layout: TableLayout): TableData {
  const reader = createGridReader(grid);
  const roles = COLUMN_ROLES.filter(
    (role) => layout.columns[role] !== undefined && role !== "unit" && role !== "index"
  );
  const readRow = (row: number): RowCells => readCells(reader, layout, roles, row);
  const units: UnitRow[] = layout.unitRows.map((row) => ({
    row,
    name: readName(reader, layout, row),
    cells: readRow(row),
  }));
  const totals =
    layout.totalsRow === null ? null : { row: layout.totalsRow, cells: readRow(layout.totalsRow) };
  const legacyText = findLegacyText(grid, layout);
  return {
    layout,
    units,
    totals,
    rateStorage: findRateStorage(reader, layout),
    ...(legacyText ? { legacyText } : {}),
  };
}

function readCells(
  reader: GridReader,
  layout: TableLayout,
  roles: readonly ColumnRole[],
  row: number
): RowCells {
  const cells: Partial<Record<ColumnRole, ParsedCell>> = {};
  for (const role of roles) {
    const col = layout.columns[role] as number;
    const source = {
      raw: reader.raw(row, col),
      formula: reader.formula(row, col),
      numberFormat: reader.numberFormat(row, col),
    };
    cells[role] = parseCell(source, isRateRole(role) ? "rate" : "count");
  }
  return cells;
}

function readName(reader: GridReader, layout: TableLayout, row: number): string {
  const col = layout.columns.unit;
  if (col === undefined) return "";
  const v = reader.spread(row, col);
  if (typeof v === "string") return v.replace(/\s+/g, " ").trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/** A rate column stores fractions when most of its numeric cells have a % number format. */
function findRateStorage(
  reader: GridReader,
  layout: TableLayout
): Partial<Record<RateRole, RateStorage>> {
  const storage: Partial<Record<RateRole, RateStorage>> = {};
  const rows = layout.totalsRow === null ? layout.unitRows : [...layout.unitRows, layout.totalsRow];
  for (const role of RATE_ROLES) {
    const col = layout.columns[role];
    if (col === undefined) continue;
    let percent = 0;
    let numbers = 0;
    for (const row of rows) {
      if (typeof reader.raw(row, col) !== "number") continue;
      numbers++;
      if (isPercentFormat(reader.numberFormat(row, col))) percent++;
    }
    if (numbers === 0) {
      const first = rows[0];
      if (first !== undefined && isPercentFormat(reader.numberFormat(first, col))) percent = 1;
    }
    storage[role] = percent * 2 > numbers ? "fraction" : "percent";
  }
  return storage;
}
