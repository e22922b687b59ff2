import type { TableData } from "../model/tableData";
import type { Issue } from "../model/issue";
import type { WritePlan } from "../model/plan";
import { isCountRole } from "../model/roles";
import { buildNumberWrite } from "./buildCountWrite";
import { buildUnitSum, sumUnits } from "./sumOverUnits";

/**
 * The one-cell fix the officer may choose for a totals-row count that disagrees with its villages
 * (`TOTAL_MISMATCH` on a count): the sum of the unit rows, as a value or a `SUM` over them. Never part of
 * `buildFixPlan` (the mismatch may be a village's mistake), so only an explicit click writes it. null for any
 * other issue, or when a village's count is unreadable.
 * @example buildTotalsFix(data, totalMismatchAtG14) // plan writing 10 into G14 ("Sửa dòng tổng thành 10")
 */
export function buildTotalsFix(
  data: TableData,
  issue: Issue,
  options: { readonly formulas?: boolean } = {}
): WritePlan | null {
  const role = issue.role;
  const totals = data.totals;
  if (
    issue.code !== "TOTAL_MISMATCH" ||
    role === null ||
    !isCountRole(role) ||
    !totals ||
    totals.row !== issue.row ||
    issue.sheet !== data.layout.sheet ||
    data.layout.columns[role] !== issue.col
  )
    return null;
  const sum = sumUnits(data, role);
  if (sum === undefined) return null;
  const write = options.formulas
    ? {
        row: issue.row,
        col: issue.col,
        cell: {
          formula: `=${buildUnitSum(
            issue.col,
            data.units.map((u) => u.row)
          )}`,
          result: sum,
        },
      }
    : buildNumberWrite(data, issue.row, role, sum, totals.cells[role]?.numberFormat);
  return write
    ? { action: "fixIssue", sheets: [{ sheet: data.layout.sheet, writes: [write] }] }
    : null;
}
