import { UsageError } from "../errors";
import { allocationColumnMessages } from "../messages/targets";
import { translator, type Lang } from "../messages/define";
import type { CellWrite, RangeRef, WritePlan } from "../model";
import type { ColumnRole, CountRole } from "../model/roles";
import { RATE_DEFINITIONS } from "../rates/rateDefinitions";
import type { ParsedCell, TableData } from "../model/tableData";
import { buildRateWrite } from "../fix/buildRateWrite";
import { buildUnitSum } from "../fix/sumOverUnits";
import type { AllocationSubject, UnitCut } from "./types";

const CUT_ROLE: Record<AllocationSubject, "poorCut" | "nearPoorCut"> = {
  poor: "poorCut",
  nearPoor: "nearPoorCut",
};
const tColumn = translator(allocationColumnMessages);

/** One subject's cuts to write. */
export type AllocationPart = {
  readonly subject: AllocationSubject;
  readonly cuts: readonly UnitCut[];
};

export type AllocationPlanOptions = {
  readonly formulas: boolean;
  /** Whose cuts `cuts` are (default poor). */
  readonly subject?: AllocationSubject;
  /** Language of the header of a cut column the plan creates. */
  readonly lang?: Lang;
};

/**
 * Write an allocation: each unit's cut, its cut rate and projected rate (values or formulas), on the totals row
 * the sum of the cuts (a value or `=SUM(…)`) and the totals rates from the sums, and the same on each group's
 * sub-total row from its own units (cuts go to units only, never to a heading, sub-total or "trong đó" row). Writing the totals count is right
 * here: the officer asked for the allocation. When the table has no cut column for the subject, one is added right of
 * the table with its header ("Số hộ giảm nghèo" / "Số hộ cận nghèo giảm").
 * @throws UsageError when a cut names a row that is not a unit row
 * @example buildAllocationPlan(data, result.cuts, { formulas: true }) // writes G8:G13, H8:I13, G14:I14
 */
export function buildAllocationPlan(
  data: TableData,
  cuts: readonly UnitCut[],
  options: AllocationPlanOptions
): WritePlan {
  return buildAllocationsPlan(data, [{ subject: options.subject ?? "poor", cuts }], options);
}

/** `buildAllocationPlan` for poor and near-poor cuts at once (one write, one undo step). */
export function buildAllocationsPlan(
  data: TableData,
  parts: readonly AllocationPart[],
  options: AllocationPlanOptions
): WritePlan {
  const {
    data: withColumns,
    writes,
    merges,
  } = addMissingCutColumns(
    data,
    parts.map((p) => p.subject),
    options.lang ?? "vi"
  );
  for (const part of parts) writes.push(...buildPartWrites(withColumns, part, options.formulas));
  writes.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    action: "allocate",
    sheets: [{ sheet: data.layout.sheet, writes, ...(merges.length > 0 ? { merges } : {}) }],
  };
}

/** The table with a column for every subject's cut, and the header writes of the columns it had to add. */
function addMissingCutColumns(
  data: TableData,
  subjects: readonly AllocationSubject[],
  lang: Lang
): { data: TableData; writes: CellWrite[]; merges: RangeRef[] } {
  const layout = data.layout;
  const columns = { ...layout.columns };
  const writes: CellWrite[] = [];
  const merges: RangeRef[] = [];
  let next = layout.range.right + 1;
  const [top, bottom] = layout.headerRows;
  for (const subject of subjects) {
    const role = CUT_ROLE[subject];
    if (columns[role] !== undefined) continue;
    const col = next++;
    columns[role] = col;
    writes.push({
      row: top,
      col,
      cell: { value: tColumn(lang, role) },
      style: { bold: true, wrap: true, horizontal: "center", border: true },
    });
    if (bottom > top) merges.push({ top, bottom, left: col, right: col });
  }
  if (writes.length === 0) return { data, writes, merges };
  const range = { ...layout.range, right: next - 1 };
  return { data: { ...data, layout: { ...layout, columns, range } }, writes, merges };
}

function buildPartWrites(data: TableData, part: AllocationPart, formulas: boolean): CellWrite[] {
  const cutRole = CUT_ROLE[part.subject];
  const cutCol = data.layout.columns[cutRole] as number;
  const cutRates = RATE_DEFINITIONS.filter((d) => d.numerator === cutRole || d.minus === cutRole);
  const units = new Map(data.units.map((u) => [u.row, u]));
  const overrides = new Map<number, Partial<Record<CountRole, number>>>();
  const writes: CellWrite[] = [];
  for (const c of part.cuts) {
    if (!units.has(c.row)) throw new UsageError(`row ${c.row} is not a unit row`);
    overrides.set(c.row, { [cutRole]: c.cut });
    const asText = units.get(c.row)?.cells[cutRole]?.numberFormat === "@";
    writes.push({
      row: c.row,
      col: cutCol,
      cell: { value: c.cut },
      ...(asText ? { numberFormat: "General" } : {}),
    });
  }
  const rateOptions = { formulas, overrides };
  for (const c of part.cuts) {
    const unit = units.get(c.row);
    if (!unit) continue;
    for (const def of cutRates) {
      const w = buildRateWrite(data, def, unit, rateOptions);
      if (w) writes.push(w);
    }
  }
  if (data.totals) {
    const sum = sumCuts(data, cutRole, overrides);
    if (sum !== undefined) {
      const cell = formulas
        ? { formula: `=${buildUnitSum(cutCol, data.layout.unitRows)}`, result: sum }
        : { value: sum };
      writes.push({ row: data.totals.row, col: cutCol, cell });
    }
    for (const def of cutRates) {
      const w = buildRateWrite(data, def, "totals", { formulas, overrides });
      if (w) writes.push(w);
    }
  }
  writes.push(...buildSubtotalWrites(data, cutRole, overrides, formulas));
  return writes;
}

/**
 * Each group's sub-total row kept right: the sum of its units' cuts and the cut rates from its sums — a formula
 * where the plan writes formulas or the sub-total cell already holds one, else a value.
 */
function buildSubtotalWrites(
  data: TableData,
  cutRole: "poorCut" | "nearPoorCut",
  overrides: ReadonlyMap<number, Partial<Record<CountRole, number>>>,
  formulas: boolean
): CellWrite[] {
  const cutCol = data.layout.columns[cutRole] as number;
  const cutRates = RATE_DEFINITIONS.filter((d) => d.numerator === cutRole || d.minus === cutRole);
  const writes: CellWrite[] = [];
  for (const group of data.groups ?? []) {
    if (group.subtotalRow === null) continue;
    const asFormula = (role: ColumnRole): boolean => formulas || hasFormula(group.subtotal?.[role]);
    const members = new Set(group.unitRows);
    const sum = sumCuts(data, cutRole, overrides, members);
    if (sum !== undefined) {
      const cell = asFormula(cutRole)
        ? { formula: `=${buildUnitSum(cutCol, group.unitRows)}`, result: sum }
        : { value: sum };
      writes.push({ row: group.subtotalRow, col: cutCol, cell });
    }
    for (const def of cutRates) {
      const w = buildRateWrite(data, def, { group }, { formulas: asFormula(def.role), overrides });
      if (w) writes.push(w);
    }
  }
  return writes;
}

function hasFormula(cell: ParsedCell | undefined): boolean {
  return cell?.kind === "number" && cell.formula !== null;
}

function sumCuts(
  data: TableData,
  cutRole: "poorCut" | "nearPoorCut",
  overrides: ReadonlyMap<number, Partial<Record<CountRole, number>>>,
  only?: ReadonlySet<number>
): number | undefined {
  let sum: number | undefined = 0;
  for (const u of data.units) {
    if (only && !only.has(u.row)) continue;
    const cell = u.cells[cutRole];
    const v =
      overrides.get(u.row)?.[cutRole] ??
      (cell?.kind === "number"
        ? cell.value
        : cell === undefined || cell.kind === "empty"
          ? 0
          : undefined);
    sum = v === undefined || sum === undefined ? undefined : sum + v;
  }
  return sum;
}
