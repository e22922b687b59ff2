import type { Issue } from "../model/issue";
import type { CellWrite, WritePlan } from "../model/plan";
import { isRateRole } from "../model/roles";
import type { RowCells, TableData } from "../model/tableData";
import { RATE_DEFINITIONS } from "../rates/rateDefinitions";
import { readNumber } from "../validate/cellValues";
import { buildNumberFromText, buildNumberWrite } from "./buildCountWrite";
import { buildRateWrite } from "./buildRateWrite";

/**
 * The fix for one issue (the pane's "Sửa" button), or null when the officer must decide:
 * a wrong, erroneous or negative rate → its computed value (or formula); a totals-row or sub-total rate →
 * recomputed from the sums of its units; a number written as text → that number; text with a leading number ("4 hộ") → the suggestion (only on an
 * explicit click). Counts that disagree (totals, cuts, households) → null: the engine never guesses a count.
 * @example buildIssueFix(data, rateMismatchAtF9) // plan writing 2.38 into F9
 */
export function buildIssueFix(
  data: TableData,
  issue: Issue,
  options: { readonly formulas?: boolean } = {}
): WritePlan | null {
  const write = findFixWrite(data, issue, options.formulas === true);
  return write
    ? { action: "fixIssue", sheets: [{ sheet: data.layout.sheet, writes: [write] }] }
    : null;
}

function findFixWrite(data: TableData, issue: Issue, formulas: boolean): CellWrite | null {
  const role = issue.role;
  if (role === null || issue.sheet !== data.layout.sheet) return null;
  const isTotals = data.totals?.row === issue.row;
  const group = data.groups?.find((g) => g.subtotalRow === issue.row && g.subtotal !== null);
  const unit = isTotals || group ? undefined : data.units.find((u) => u.row === issue.row);
  const cells: RowCells | undefined = isTotals
    ? data.totals?.cells
    : (group?.subtotal ?? unit?.cells ?? undefined);
  if (!cells || data.layout.columns[role] !== issue.col) return null;
  const cell = cells[role];
  if (issue.code === "NUMBER_AS_TEXT") return buildNumberFromText(data, issue.row, role, cell);
  if (issue.code === "NOT_A_NUMBER" && cell?.kind === "text" && cell.suggestion !== undefined) {
    return buildNumberWrite(data, issue.row, role, cell.suggestion, cell.numberFormat);
  }
  if (
    !isRateRole(role) ||
    ![
      "RATE_MISMATCH",
      "TOTAL_MISMATCH",
      "SUBTOTAL_MISMATCH",
      "CELL_ERROR",
      "NEGATIVE_VALUE",
    ].includes(issue.code)
  ) {
    return null;
  }
  const def = RATE_DEFINITIONS.find((d) => d.role === role);
  if (!def) return null;
  const at = isTotals ? "totals" : group ? { group } : { row: issue.row, cells };
  const write = buildRateWrite(data, def, at, { formulas });
  if (!write || !write.cell) return null;
  const result = "value" in write.cell ? write.cell.value : write.cell.result;
  const stated = readNumber(cell);
  const storedStated =
    stated === undefined
      ? undefined
      : data.rateStorage?.[def.role] === "fraction"
        ? stated / 100
        : stated;
  return !formulas && storedStated !== undefined && result === storedStated ? null : write;
}
