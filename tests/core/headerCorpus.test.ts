/**
 * Golden tests over the header corpus (tests/corpus/headers.ts): every wording maps each column to its role, and a
 * table under it, filled with consistent numbers, checks clean.
 */
import { buildGrid } from "./helpers/buildGrid";
import { listHeaderCases } from "../corpus/headers";
import type { HeaderCase } from "../corpus/headers";
import { isRateColumn, SAMPLE_UNITS, sumUnits, valueOf } from "../corpus/unitFigures";
import type { UnitFigures } from "../corpus/unitFigures";
import {
  COLUMN_ROLES,
  detectTables,
  readTable,
  toColumnLetters,
  validateTable,
} from "../../src/core";
import type { ColumnRole, Issue, RawValue } from "../../src/core";

const CASES = listHeaderCases();

function buildCase(c: HeaderCase) {
  const units: UnitFigures[] = SAMPLE_UNITS.map((u, i) => ({
    ...u,
    name: `Thôn ${["Đông", "Tây", "Nam", "Bắc", "Trung"][i]}`,
  }));
  const form = c.fractions || c.percentFormat ? "fraction" : "percent";
  const row = (u: UnitFigures, i: number | null): RawValue[] =>
    c.columns.map((role) => (role === "index" ? i : valueOf(role, u, form)));
  const body = units.map((u, i) => row(u, i + 1));
  const total = row(sumUnits(units, "Tổng cộng"), null);
  const rows: RawValue[][] = [...c.rows.map((r) => [...r]), ...body, total];
  const formats: Record<string, string> = {};
  if (c.percentFormat) {
    c.columns.forEach((role, j) => {
      if (!isRateColumn(role)) return;
      for (let r = c.rows.length + 1; r <= rows.length; r++)
        formats[`${toColumnLetters(j + 1)}${r}`] = "0.00%";
    });
  }
  return buildGrid(rows, { merges: c.merges ?? [], formats });
}

const expectedRoles = (c: HeaderCase): Record<string, string> =>
  Object.fromEntries(
    c.columns.flatMap((role, j) =>
      (COLUMN_ROLES as readonly string[]).includes(role) ? [[role, toColumnLetters(j + 1)]] : []
    )
  );

describe("header corpus", () => {
  it("holds at least 150 header variants", () => expect(CASES.length).toBeGreaterThanOrEqual(150));

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const grid = buildCase(c);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(`no table: ${r.reason}`);
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0]!;
    const roles = Object.fromEntries(
      Object.entries(t.columns).map(([role, col]) => [role, toColumnLetters(col as number)])
    );
    expect(roles).toEqual(expectedRoles(c));
    expect(t.headerRows).toEqual([1, c.rows.length]);
    expect(t.unitRows).toHaveLength(SAMPLE_UNITS.length);
    expect(t.totalsRow).toBe(c.rows.length + SAMPLE_UNITS.length + 1);
    const issues: Issue[] = validateTable(readTable(grid, t));
    // Plain fractions without a % format are read right, with one warning per rate column (the printed sheet).
    const expected = c.fractions
      ? c.columns.flatMap((role, j) =>
          isRateColumn(role)
            ? [`RATE_SHOWN_AS_FRACTION@${toColumnLetters(j + 1)}${c.rows.length + 1}`]
            : []
        )
      : [];
    expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual(expected);
  });
});

export type { ColumnRole };
