import { createGridReader } from "../grid/createGridReader";
import type { GridReader } from "../grid/createGridReader";
import type { Grid } from "../model/grid";
import { COLUMN_ROLES, isRateRole, RATE_ROLES } from "../model/roles";
import type { ColumnRole, RateRole } from "../model/roles";
import type { TableLayout } from "../model/table";
import type {
  BreakdownRow,
  GroupData,
  ParsedCell,
  RateStorage,
  RowCells,
  TableData,
  UnitRow,
} from "../model/tableData";
import { isPercentFormat, parseCell, toComposed } from "../parse/parseCell";
import { findLegacyText } from "../encoding/findLegacyText";
import { cleanFloat } from "../rates/cleanFloat";
import { listRateInputs, RATE_DEFINITIONS } from "../rates/rateDefinitions";
import { measureRateAgreement, readRateForm } from "./rateAgreement";

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
  const legacy = legacyText ? { legacyText } : {};
  const stored = findRateStorage(reader, layout);
  const plain = findPlainFractions(units, stored);
  const scale = (cells: RowCells): RowCells =>
    plain.length === 0 ? cells : scaleFractions(cells, plain);
  const structure = readStructure(
    layout,
    (row) => scale(readRow(row)),
    (row) => readName(reader, layout, row)
  );
  if (plain.length === 0)
    return { layout, units, totals, rateStorage: stored, ...structure, ...legacy };
  const rateStorage = { ...stored };
  for (const role of plain) rateStorage[role] = "fraction";
  return {
    layout,
    units: units.map((u) => ({ ...u, cells: scale(u.cells) })),
    totals: totals && { row: totals.row, cells: scale(totals.cells) },
    rateStorage,
    plainFractions: plain,
    ...structure,
    ...legacy,
  };
}

/** The groups' sub-total cells and the breakdown rows, when the layout has any. */
function readStructure(
  layout: TableLayout,
  readRow: (row: number) => RowCells,
  readLabel: (row: number) => string
): Pick<TableData, "groups" | "breakdowns"> {
  const groups: GroupData[] | undefined = layout.groups?.map((g) => ({
    ...g,
    subtotal: g.subtotalRow === null ? null : readRow(g.subtotalRow),
  }));
  const breakdowns: BreakdownRow[] | undefined = layout.breakdowns?.map((b) => ({
    ...b,
    name: readLabel(b.row),
    cells: readRow(b.row),
  }));
  return { ...(groups ? { groups } : {}), ...(breakdowns ? { breakdowns } : {}) };
}

/**
 * Rate columns stored as fractions without a % format (0.0439 shown as 0.0439): the numbers, not the format, say
 * so — they follow the rate's formula divided by 100 row by row. Such a column is read in percent points like any
 * other, and written back as fractions.
 */
function findPlainFractions(
  units: readonly UnitRow[],
  stored: Partial<Record<RateRole, RateStorage>>
): RateRole[] {
  const column = (role: ColumnRole) => units.map((u) => readValue(u.cells[role]));
  return RATE_DEFINITIONS.filter((def) => {
    if (stored[def.role] !== "percent") return false;
    const inputs = listRateInputs(def);
    if (!inputs.every((r) => units.some((u) => u.cells[r] !== undefined))) return false;
    const agreement = measureRateAgreement(
      column(def.role),
      column(def.numerator),
      def.minus ? column(def.minus) : undefined,
      column(def.denominator)
    );
    return readRateForm(agreement) === "fraction";
  }).map((def) => def.role);
}

function scaleFractions(cells: RowCells, roles: readonly RateRole[]): RowCells {
  const out: Partial<Record<ColumnRole, ParsedCell>> = { ...cells };
  for (const role of roles) {
    const cell = cells[role];
    if (cell?.kind === "number" && !cell.fraction)
      out[role] = { ...cell, value: cleanFloat(cell.value * 100), fraction: true };
  }
  return out;
}

const readValue = (cell: ParsedCell | undefined): number | undefined =>
  cell?.kind === "number" ? cell.value : undefined;

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
  if (typeof v === "string") return toComposed(v).replace(/\s+/g, " ").trim();
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
