import type { CellWrite, WritePlan } from "../model/plan";
import { COLUMN_ROLES, isRateRole } from "../model/roles";
import type { ParsedCell, RowCells, TableData } from "../model/tableData";
import { RATE_DEFINITIONS } from "../rates/rateDefinitions";
import { buildNumberFromText } from "./buildCountWrite";
import { buildRateWrite } from "./buildRateWrite";
import type { RateRowRef } from "./buildRateWrite";

export type FixOptions = { readonly formulas: boolean };

/**
 * Recompute every derived rate column (unit rows, the totals row and each group's sub-total row, whose rates come
 * from the sums of their unit rows) as rounded values or live formulas, and turn numbers written as text into numbers. Never changes a
 * count's value; skips cells whose inputs are unreadable or whose households is 0. With values (not formulas), a
 * rate cell whose own formula already gives the right value is left alone, so the officer's live formula stays.
 * @example
 * const plan = buildFixPlan(data, { formulas: true });
 * plan.sheets[0].writes // [{ row: 8, col: 6, cell: { formula: "=ROUND(E8/D8*100,2)", result: 0.79 } }, …]
 */
export function buildFixPlan(data: TableData, options: FixOptions): WritePlan {
  const writes: CellWrite[] = [];
  const refs: { readonly row: number; readonly at: RateRowRef; readonly cells: RowCells }[] =
    data.units.map((u) => ({
      row: u.row,
      at: u,
      cells: u.cells,
    }));
  if (data.totals) refs.push({ row: data.totals.row, at: "totals", cells: data.totals.cells });
  for (const group of data.groups ?? [])
    if (group.subtotalRow !== null && group.subtotal)
      refs.push({ row: group.subtotalRow, at: { group }, cells: group.subtotal });
  for (const { row, at, cells } of refs) {
    const rated = new Set<string>();
    for (const def of RATE_DEFINITIONS) {
      const w = buildRateWrite(data, def, at, options);
      if (!w) continue;
      rated.add(def.role);
      if (
        !options.formulas &&
        isKeptFormula(cells[def.role], w, data.rateStorage?.[def.role] === "fraction")
      )
        continue;
      writes.push(w);
    }
    for (const role of COLUMN_ROLES) {
      if (isRateRole(role) && rated.has(role)) continue;
      const w = buildNumberFromText(data, row, role, cells[role]);
      if (w) writes.push(w);
    }
  }
  const formatted = withPercentFormat(data, writes, refs);
  formatted.sort((a, b) => a.row - b.row || a.col - b.col);
  return { action: "fix", sheets: [{ sheet: data.layout.sheet, writes: formatted }] };
}

/** The percent format a plain-fraction rate column gets (0.0439 then shows "4.39%"). */
export const FRACTION_FORMAT = "0.00%";

/**
 * A rate column of plain fractions without a percent format (`RATE_SHOWN_AS_FRACTION`) gets "0.00%" on every number
 * cell; its values stay as they are (a wrong one is still recomputed, as a fraction, by its rate write).
 */
function withPercentFormat(
  data: TableData,
  writes: readonly CellWrite[],
  refs: readonly { readonly row: number; readonly cells: RowCells }[]
): CellWrite[] {
  const plain = data.plainFractions ?? [];
  if (plain.length === 0) return [...writes];
  const out = new Map(writes.map((w) => [`${w.row}:${w.col}`, w]));
  for (const role of plain) {
    const col = data.layout.columns[role];
    if (col === undefined) continue;
    for (const { row, cells } of refs) {
      if (cells[role]?.kind !== "number") continue;
      const key = `${row}:${col}`;
      out.set(key, { ...(out.get(key) ?? { row, col }), numberFormat: FRACTION_FORMAT });
    }
  }
  return [...out.values()];
}

function isKeptFormula(cell: ParsedCell | undefined, write: CellWrite, fraction: boolean): boolean {
  if (
    !cell ||
    cell.kind !== "number" ||
    cell.formula === null ||
    !write.cell ||
    !("value" in write.cell)
  )
    return false;
  const next = write.cell.value;
  return typeof next === "number" && Math.abs((fraction ? next * 100 : next) - cell.value) < 1e-9;
}
