import { toA1 } from "../address";
import type { CellWrite } from "../model/plan";
import type { CountRole } from "../model/roles";
import type { GroupData, RowCells, TableData } from "../model/tableData";
import { computeRate, round2, roundTo } from "../rates/computeRate";
import type { RateDefinition } from "../rates/rateDefinitions";
import { listRateInputs } from "../rates/rateDefinitions";
import { readNumber, sumCounts } from "../validate/cellValues";
import { buildUnitSum, sumUnits } from "./sumOverUnits";

export type RateWriteOptions = {
  readonly formulas: boolean;
  /** Count values the same plan writes (they override what the sheet holds), e.g. new cuts. */
  readonly overrides?: ReadonlyMap<number, Partial<Record<CountRole, number>>>;
};

/** A unit row (its number and cells), "totals", or a group (its sub-total row, computed from its units). */
export type RateRowRef =
  { readonly row: number; readonly cells: RowCells } | "totals" | { readonly group: GroupData };

/**
 * The write that sets one rate cell of a unit row or of the totals row to its
 * computed value — a rounded value, or a formula that Excel and LibreOffice both evaluate (with its result).
 * Fractions under a % format are written as fractions (`=ROUND(E8/D8,4)`). Returns null when the column is not
 * mapped, an input is unreadable (no formula that would give #VALUE!), or households is not positive.
 */
export function buildRateWrite(
  data: TableData,
  def: RateDefinition,
  at: RateRowRef,
  options: RateWriteOptions
): CellWrite | null {
  const columns = data.layout.columns;
  const target = columns[def.role];
  const { row: writeRow, cells, sumRows } = locate(data, at);
  if (target === undefined || writeRow === undefined) return null;
  const inputs = listRateInputs(def);
  if (inputs.some((r) => columns[r] === undefined)) return null;
  const get =
    sumRows === null
      ? readRow(writeRow, cells, options)
      : (r: CountRole) => sumWithOverrides(data, r, options, sumRows);
  const computed = computeRate(def, get);
  if (computed === undefined) return null;
  const fraction = data.rateStorage?.[def.role] === "fraction";
  const value = fraction ? roundTo(computed / 100, 4) : round2(computed);
  const format = textFormatFix(cells, def, fraction);
  if (!options.formulas) return { row: writeRow, col: target, cell: { value }, ...format };
  const ref = (r: CountRole): string =>
    sumRows === null
      ? toA1(writeRow, columns[r] as number)
      : buildUnitSum(columns[r] as number, sumRows);
  const numerator = def.minus ? `(${ref(def.numerator)}-${ref(def.minus)})` : ref(def.numerator);
  const formula = `=ROUND(${numerator}/${ref(def.denominator)}${fraction ? ",4" : "*100,2"})`;
  return { row: writeRow, col: target, cell: { formula, result: value }, ...format };
}

function readRow(
  row: number,
  cells: RowCells | undefined,
  options: RateWriteOptions
): (r: CountRole) => number | undefined {
  const over = options.overrides?.get(row);
  return (r) => over?.[r] ?? readNumber(cells?.[r]);
}

/** The row a write goes to, its cells, and the unit rows it sums (null for a unit row itself). */
function locate(
  data: TableData,
  at: RateRowRef
): { row: number | undefined; cells: RowCells | undefined; sumRows: readonly number[] | null } {
  if (at === "totals")
    return { row: data.totals?.row, cells: data.totals?.cells, sumRows: data.layout.unitRows };
  if ("group" in at)
    return {
      row: at.group.subtotalRow ?? undefined,
      cells: at.group.subtotal ?? undefined,
      sumRows: at.group.unitRows,
    };
  return { row: at.row, cells: at.cells, sumRows: null };
}

function sumWithOverrides(
  data: TableData,
  role: CountRole,
  options: RateWriteOptions,
  rows: readonly number[]
): number | undefined {
  const all = rows === data.layout.unitRows;
  const within = all ? data.units : data.units.filter((u) => rows.includes(u.row));
  if (!options.overrides || ![...options.overrides.values()].some((o) => o[role] !== undefined))
    return all ? sumUnits(data, role) : sumCounts(within, role);
  if (within.length === 0) return undefined;
  let total = 0;
  for (const u of within) {
    const n = options.overrides.get(u.row)?.[role] ?? readNumber(u.cells[role]);
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

/** A cell formatted as Text would keep a formula as text: give it a number format. */
function textFormatFix(
  cells: RowCells | undefined,
  def: RateDefinition,
  fraction: boolean
): { numberFormat?: string } {
  return cells?.[def.role]?.numberFormat === "@"
    ? { numberFormat: fraction ? "0.00%" : "0.00" }
    : {};
}
