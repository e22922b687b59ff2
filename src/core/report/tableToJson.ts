import { rangeToA1, toColumnLetters } from "../address";
import type { Issue } from "../model/issue";
import { COLUMN_ROLES, COUNT_ROLES, RATE_ROLES } from "../model/roles";
import type { ColumnRole } from "../model/roles";
import type { SkippedRow } from "../model/table";
import type { TableData } from "../model/tableData";
import type { Lang } from "../messages/define";
import { readNumber } from "../validate/cellValues";
import { issueToJson } from "./issueToJson";
import type { IssueJson } from "./issueToJson";

/** One unit in the JSON report: its row, name and every mapped count/rate (percent points), null when unreadable. */
export type UnitJson = { readonly row: number; readonly name: string } & Readonly<
  Partial<Record<ColumnRole, number | null>>
>;

/** A group of units in the JSON report: its name, heading and sub-total rows, first and last unit rows. */
export type GroupJson = {
  readonly name: string;
  readonly headingRow: number | null;
  readonly subtotalRow: number | null;
  readonly dataRows: readonly [number, number];
};

/** A table in the `--json` contract shape (DESIGN.md "The CLI contract"). */
export type TableJson = {
  readonly sheet: string;
  readonly range: string;
  readonly headerRows: readonly [number, number];
  readonly dataRows: readonly [number, number];
  readonly totalsRow: number | null;
  readonly columns: Readonly<Partial<Record<ColumnRole, string>>>;
  readonly groups: readonly GroupJson[];
  readonly skippedRows: readonly SkippedRow[];
  readonly units: readonly UnitJson[];
  readonly issues: readonly IssueJson[];
};

const VALUE_ROLES: readonly ColumnRole[] = [...COUNT_ROLES, ...RATE_ROLES];

/**
 * The JSON object for one table: layout, column letters, units with their numbers, issues with messages.
 * @example tableToJson(data, issues, "vi").columns // { index: "A", unit: "B", population: "C", households: "D", … }
 */
export function tableToJson(data: TableData, issues: readonly Issue[], lang: Lang): TableJson {
  const layout = data.layout;
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const role of COLUMN_ROLES) {
    const c = layout.columns[role];
    if (c !== undefined) columns[role] = toColumnLetters(c);
  }
  const mapped = VALUE_ROLES.filter((r) => layout.columns[r] !== undefined).sort(
    (a, b) => COLUMN_ROLES.indexOf(a) - COLUMN_ROLES.indexOf(b)
  );
  const units = data.units.map((u): UnitJson => {
    const values: Partial<Record<ColumnRole, number | null>> = {};
    for (const role of mapped) values[role] = readNumber(u.cells[role]) ?? null;
    return { row: u.row, name: u.name, ...values };
  });
  return {
    sheet: layout.sheet,
    range: rangeToA1(layout.range),
    headerRows: [layout.headerRows[0], layout.headerRows[1]],
    dataRows: [layout.dataRows[0], layout.dataRows[1]],
    totalsRow: layout.totalsRow,
    columns,
    groups: (layout.groups ?? []).map((g) => ({
      name: g.name,
      headingRow: g.headingRow,
      subtotalRow: g.subtotalRow,
      dataRows: [g.unitRows[0] ?? 0, g.unitRows[g.unitRows.length - 1] ?? 0],
    })),
    skippedRows: (layout.skippedRows ?? []).map((r) => ({ row: r.row, kind: r.kind })),
    units,
    issues: issues.map((i) => issueToJson(i, lang)),
  };
}
