/** Column-number rows in every form officers write are part of the header, never a village. */
import { buildGrid } from "./helpers/buildGrid";
import { detectTables, readTable, validateTable } from "../../src/core";
import type { RawValue, TableLayout } from "../../src/core";

const HEADER: RawValue[] = [
  "TT",
  "Thôn",
  "Tổng số hộ",
  "Số hộ nghèo",
  "Tỷ lệ (%)",
  "Số hộ giảm nghèo",
  "Dự kiến tỷ lệ hộ nghèo cuối năm (%)",
];
const ROWS: RawValue[][] = [
  [1, "Thôn Đông", 120, 6, 5, 2, 3.33],
  [2, "Thôn Tây", 80, 4, 5, 1, 3.75],
  [null, "Tổng cộng", 200, 10, 5, 3, 3.5],
];

const FORMS: readonly (readonly [string, RawValue[]])[] = [
  ["numbers", [1, 2, 3, 4, 5, 6, 7]],
  ["bracketed", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]],
  ["square brackets", ["[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]"]],
  ["letters then numbers", ["A", "B", 1, 2, 3, 4, 5]],
  ["bracketed letters", ["(A)", "(B)", "(1)", "(2)", "(3)", "(4)", "(5)"]],
  ["a formula without brackets", ["A", "B", "1", "2", "3=2/1", "4", "5=(2-4)/1"]],
  [
    "formulas with brackets",
    ["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)*100", "(6)", "(7)=[(4)-(6)]/(3)×100"],
  ],
  [
    "formulas with spaces and %",
    ["1", "2", "3", "4", "5 = 4 / 3 x 100%", "6", "7 = (4 - 6) : 3 × 100"],
  ],
  ["text numbers with 'Cột'", ["Cột 1", "Cột 2", "Cột 3", "Cột 4", "Cột 5", "Cột 6", "Cột 7"]],
  [
    "the issue's own example",
    ["(9)", "(10)", "(11)", "(12)", "(13)=[(5)-(9)]/(4)×100", "(14)", "(15)"],
  ],
];

describe("column-number rows", () => {
  it.each(FORMS)("%s: part of the header, not a unit, and the table checks clean", (_, numbers) => {
    const grid = buildGrid([HEADER, numbers, ...ROWS]);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    const t = r.tables[0] as TableLayout;
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.unitRows).toEqual([3, 4]);
    expect(t.totalsRow).toBe(5);
    expect(validateTable(readTable(grid, t))).toEqual([]);
  });

  it.each(FORMS)("%s: repeated inside the data (a page break), skipped", (_, numbers) => {
    const grid = buildGrid([HEADER, ...ROWS.slice(0, 1), numbers, ...ROWS.slice(1)]);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    expect(r.tables[0]?.unitRows).toEqual([2, 4]);
  });

  it("a data row whose numbers do not count up is never a column-number row", () => {
    const grid = buildGrid([HEADER, [1, "B", 2, 3, 150, 1, 100], ...ROWS]);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    expect(r.tables[0]?.unitRows).toEqual([2, 3, 4]);
  });
});
