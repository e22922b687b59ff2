import { toA1 } from "../address";
import type { Issue } from "../model/issue";
import { ISSUE_CODES } from "../model/issue";
import type { CountRole } from "../model/roles";
import type { TableData } from "../model/tableData";
import { sumCounts } from "./cellValues";
import { VALIDATION_RULES } from "./rules";
import type {
  IssueDraft,
  RowView,
  ValidateOptions,
  ValidationContext,
  ValidationRule,
} from "./types";

/**
 * Check every unit row and the totals row. Returns issues sorted by row, then column (then code).
 * A check whose inputs include an unreadable cell is skipped; a number written as text counts as its number.
 * @example
 * const issues = validateTable(readTable(grid, layout), { target: 10 });
 * issues[0] // { code: "RATE_MISMATCH", cell: "F9", actual: 2.83, expected: 2.38, … }
 */
export function validateTable(data: TableData, options: ValidateOptions = {}): Issue[] {
  const ctx = buildContext(data, options);
  const names = new Map(data.units.map((u) => [u.row, u.name]));
  const groups = listGroupRows(data);
  const issues = VALIDATION_RULES.flatMap((rule) =>
    rule.check(ctx).map((d) => toIssue(data, { names, groups }, rule, d))
  );
  const order = (code: Issue["code"]): number => ISSUE_CODES.indexOf(code);
  return issues.sort((a, b) => a.row - b.row || a.col - b.col || order(a.code) - order(b.code));
}

function buildContext(data: TableData, options: ValidateOptions): ValidationContext {
  const units: RowView[] = data.units.map((u) => ({
    row: u.row,
    name: u.name,
    isTotals: false,
    cells: u.cells,
  }));
  const rows = data.totals
    ? [...units, { row: data.totals.row, name: "", isTotals: true, cells: data.totals.cells }]
    : units;
  const sums = new Map<CountRole, number | undefined>();
  const sum = (role: CountRole): number | undefined => {
    if (!sums.has(role)) sums.set(role, sumCounts(units, role));
    return sums.get(role);
  };
  return { data, options, units, rows, sum };
}

type RowNames = {
  readonly names: ReadonlyMap<number, string>;
  /** The group of each unit row and sub-total row; `subtotal` marks the sub-total rows. */
  readonly groups: ReadonlyMap<number, { readonly name: string; readonly subtotal: boolean }>;
};

function listGroupRows(data: TableData): RowNames["groups"] {
  const out = new Map<number, { name: string; subtotal: boolean }>();
  for (const g of data.groups ?? []) {
    for (const r of g.unitRows) out.set(r, { name: g.name, subtotal: false });
    if (g.subtotalRow !== null) out.set(g.subtotalRow, { name: g.name, subtotal: true });
  }
  return out;
}

function toIssue(data: TableData, rows: RowNames, rule: ValidationRule, d: IssueDraft): Issue {
  const layout = data.layout;
  const col = layout.columns[d.role] ?? layout.columns.unit ?? layout.range.left;
  const unit = rows.names.get(d.row);
  const group = rows.groups.get(d.row);
  const place =
    d.row === data.totals?.row
      ? { place: "totals" }
      : group?.subtotal
        ? { place: "subtotal", group: group.name }
        : group
          ? { group: group.name }
          : {};
  const params = { ...(unit ? { unit } : {}), ...place, ...(d.params ?? {}) };
  return {
    code: rule.code,
    severity: rule.severity,
    sheet: layout.sheet,
    cell: toA1(d.row, col),
    row: d.row,
    col,
    role: d.role,
    actual: d.actual,
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
    ...(Object.keys(params).length > 0 ? { params } : {}),
  };
}
