import { UsageError } from "../errors";
import type { CellWrite, WritePlan } from "../model/plan";
import type { CountRole } from "../model/roles";
import { RATE_DEFINITIONS } from "../rates/rateDefinitions";
import type { TableData } from "../model/tableData";
import { buildRateWrite } from "../fix/buildRateWrite";
import { buildUnitSum } from "../fix/sumOverUnits";
import type { UnitCut } from "./types";

const CUT_RATES = RATE_DEFINITIONS.filter(
  (d) => d.numerator === "poorCut" || d.minus === "poorCut"
);

/**
 * Write an allocation: each unit's poor-household cut, its cut rate and projected rate (values or formulas), and on
 * the totals row the sum of the cuts (a value or `=SUM(…)`) and the totals rates from the sums. Writing the totals
 * count is right here: the officer asked for the allocation.
 * @throws UsageError when the table has no poorCut column or a cut names a row that is not a unit row
 * @example buildAllocationPlan(data, result.cuts, { formulas: true }) // writes G8:G13, H8:I13, G14:I14
 */
export function buildAllocationPlan(
  data: TableData,
  cuts: readonly UnitCut[],
  options: { readonly formulas: boolean }
): WritePlan {
  const cutCol = data.layout.columns.poorCut;
  if (cutCol === undefined) throw new UsageError("the table has no poorCut column");
  const units = new Map(data.units.map((u) => [u.row, u]));
  const overrides = new Map<number, Partial<Record<CountRole, number>>>();
  const writes: CellWrite[] = [];
  for (const c of cuts) {
    if (!units.has(c.row)) throw new UsageError(`row ${c.row} is not a unit row`);
    overrides.set(c.row, { poorCut: c.cut });
    const asText = units.get(c.row)?.cells.poorCut?.numberFormat === "@";
    writes.push({
      row: c.row,
      col: cutCol,
      cell: { value: c.cut },
      ...(asText ? { numberFormat: "General" } : {}),
    });
  }
  const rateOptions = { formulas: options.formulas, overrides };
  for (const c of cuts) {
    const unit = units.get(c.row);
    if (!unit) continue;
    for (const def of CUT_RATES) {
      const w = buildRateWrite(data, def, unit, rateOptions);
      if (w) writes.push(w);
    }
  }
  if (data.totals) writes.push(...buildTotalsWrites(data, cutCol, overrides, options.formulas));
  writes.sort((a, b) => a.row - b.row || a.col - b.col);
  return { action: "allocate", sheets: [{ sheet: data.layout.sheet, writes }] };
}

function buildTotalsWrites(
  data: TableData,
  cutCol: number,
  overrides: ReadonlyMap<number, Partial<Record<CountRole, number>>>,
  formulas: boolean
): CellWrite[] {
  const totals = data.totals;
  if (!totals) return [];
  const writes: CellWrite[] = [];
  let sum: number | undefined = 0;
  for (const u of data.units) {
    const v =
      overrides.get(u.row)?.poorCut ??
      (u.cells.poorCut?.kind === "number" ? u.cells.poorCut.value : undefined);
    sum = v === undefined || sum === undefined ? undefined : sum + v;
  }
  if (sum !== undefined) {
    const cell = formulas
      ? { formula: `=${buildUnitSum(cutCol, data.layout.unitRows)}`, result: sum }
      : { value: sum };
    writes.push({ row: totals.row, col: cutCol, cell });
  }
  for (const def of CUT_RATES) {
    const w = buildRateWrite(data, def, "totals", { formulas, overrides });
    if (w) writes.push(w);
  }
  return writes;
}
