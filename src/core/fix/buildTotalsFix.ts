import type { RowCells, TableData, UnitRow } from "../model/tableData";
import type { Issue } from "../model/issue";
import type { WritePlan } from "../model/plan";
import { isCountRole } from "../model/roles";
import { buildNumberWrite } from "./buildCountWrite";
import { sumCounts } from "../validate/cellValues";
import { buildUnitSum, sumUnits } from "./sumOverUnits";

/**
 * The one-cell fix the officer may choose for a totals-row or sub-total count that disagrees with its villages
 * (`TOTAL_MISMATCH` or `SUBTOTAL_MISMATCH` on a count): the sum of the unit rows (the group's own for a sub-total),
 * as a value or a `SUM` over them. Never part of `buildFixPlan` (the mismatch may be a village's mistake), so only
 * an explicit click writes it. null for any other issue, or when a village's count is unreadable.
 * @example buildTotalsFix(data, totalMismatchAtG14) // plan writing 10 into G14 ("Sửa dòng tổng thành 10")
 */
export function buildTotalsFix(
  data: TableData,
  issue: Issue,
  options: { readonly formulas?: boolean } = {}
): WritePlan | null {
  const role = issue.role;
  const target = findSumRow(data, issue);
  if (
    !target ||
    role === null ||
    !isCountRole(role) ||
    issue.sheet !== data.layout.sheet ||
    data.layout.columns[role] !== issue.col
  )
    return null;
  const sum = target.rows === null ? sumUnits(data, role) : sumCounts(target.units, role);
  if (sum === undefined) return null;
  const rows = target.rows ?? data.units.map((u) => u.row);
  const write = options.formulas
    ? {
        row: issue.row,
        col: issue.col,
        cell: { formula: `=${buildUnitSum(issue.col, rows)}`, result: sum },
      }
    : buildNumberWrite(data, issue.row, role, sum, target.cells[role]?.numberFormat);
  return write
    ? { action: "fixIssue", sheets: [{ sheet: data.layout.sheet, writes: [write] }] }
    : null;
}

/** The totals row (rows null: every unit) or the group whose sub-total row the issue is on. */
function findSumRow(
  data: TableData,
  issue: Issue
): { cells: RowCells; rows: readonly number[] | null; units: readonly UnitRow[] } | null {
  if (issue.code === "TOTAL_MISMATCH" && data.totals?.row === issue.row)
    return { cells: data.totals.cells, rows: null, units: data.units };
  if (issue.code !== "SUBTOTAL_MISMATCH") return null;
  const group = data.groups?.find((g) => g.subtotalRow === issue.row);
  if (!group?.subtotal) return null;
  const members = new Set(group.unitRows);
  return {
    cells: group.subtotal,
    rows: group.unitRows,
    units: data.units.filter((u) => members.has(u.row)),
  };
}
