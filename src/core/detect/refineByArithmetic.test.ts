import { buildGrid } from "../../../tests/core/helpers/buildGrid";
import { toColumnLetters } from "../address";
import type { RawValue } from "../model/cell";
import type { TableLayout } from "../model/table";
import { readTable } from "../read/readTable";
import { validateTable } from "../validate/validateTable";
import { detectTables } from "./detectTables";

const roles = (t: TableLayout): Record<string, string> =>
  Object.fromEntries(Object.entries(t.columns).map(([r, c]) => [r, toColumnLetters(c as number)]));

function detect(rows: RawValue[][], merges: string[] = []) {
  const grid = buildGrid(rows, { merges });
  const r = detectTables(grid);
  if (!r.ok) throw new Error(r.reason);
  const t = r.tables[0] as TableLayout;
  return { t, issues: validateTable(readTable(grid, t)).map((i) => `${i.code}@${i.cell}`) };
}

const HEAD = ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"];

describe("arithmetic evidence", () => {
  it("a second 'Tỷ lệ (%)' right of the cut is the cut's rate when its numbers are cut / households", () => {
    const { t, issues } = detect([
      [...HEAD, "Tỷ lệ (%)", "Số hộ giảm", "Tỷ lệ (%)"],
      [1, "A", 100, 5, 5, 2, 2],
      [2, "B", 200, 8, 4, 1, 0.5],
    ]);
    expect(roles(t)).toMatchObject({ poorRate: "E", poorCut: "F", poorCutRate: "G" });
    expect(issues).toEqual(["TOTALS_ROW_MISSING@B4"]);
  });

  it("... and the projected rate when they are (poor − cut) / households", () => {
    const { t } = detect([
      [...HEAD, "Tỷ lệ (%)", "Số hộ giảm", "Tỷ lệ (%)"],
      [1, "A", 100, 5, 5, 2, 3],
      [2, "B", 200, 8, 4, 1, 3.5],
    ]);
    expect(roles(t)).toMatchObject({ poorCut: "F", projectedPoorRate: "G" });
    expect(roles(t).poorCutRate).toBeUndefined();
  });

  it("a bare 'Tỷ lệ (%)' right of the cut whose numbers follow no formula stays the cut's rate, and is reported", () => {
    const { t, issues } = detect([
      [...HEAD, "Tỷ lệ (%)", "Số hộ giảm", "Tỷ lệ (%)"],
      [1, "A", 100, 5, 5, 2, 7.77],
      [2, "B", 200, 8, 4, 1, 1.23],
    ]);
    expect(roles(t)).toMatchObject({ poorCut: "F", poorCutRate: "G" });
    expect(issues).toEqual(["RATE_MISMATCH@G2", "RATE_MISMATCH@G3", "TOTALS_ROW_MISSING@B4"]);
  });

  it("a 'Số hộ' the header leaves open is the poor only when a rate follows it", () => {
    const group = ["TT", "Thôn", "Tổng số hộ", "Kết quả rà soát", null];
    const sub = [null, null, null, "Số hộ", "Tỷ lệ (%)"];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:E1"];
    const follows = detect([group, sub, [1, "A", 100, 5, 5], [2, "B", 200, 8, 4]], merges);
    expect(roles(follows.t)).toMatchObject({ households: "C", poor: "D", poorRate: "E" });
    const not = detect([group, sub, [1, "A", 100, 5, 9.1], [2, "B", 200, 8, 1.3]], merges);
    expect(roles(not.t).poor).toBeUndefined();
  });

  it("a count the header leaves open is the cut when its rate follows it, and never when it exceeds the poor", () => {
    const head = [...HEAD, "Số liệu", "Tỷ lệ giảm (%)"];
    const within = detect([head, [1, "A", 100, 5, 2, 2], [2, "B", 200, 8, 1, 0.5]]);
    expect(roles(within.t)).toMatchObject({ poorCut: "E", poorCutRate: "F" });
    const above = detect([head, [1, "A", 100, 5, 6, 6], [2, "B", 200, 8, 1, 0.5]]);
    expect(roles(above.t).poorCut).toBeUndefined();
  });

  it("a rate stored as a plain fraction (no % format) is read in percent points and checks clean", () => {
    const grid = buildGrid([
      [...HEAD, "Tỷ lệ", "Số hộ giảm", "Tỷ lệ giảm"],
      [1, "A", 126, 3, 0.0238, 1, 0.0079],
      [2, "B", 200, 8, 0.04, 1, 0.005],
      [null, "Tổng", 326, 11, 0.0337, 2, 0.0061],
    ]);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    const data = readTable(grid, r.tables[0] as TableLayout);
    expect(data.rateStorage).toMatchObject({ poorRate: "fraction", poorCutRate: "fraction" });
    expect(data.units[0]?.cells.poorRate).toMatchObject({
      kind: "number",
      value: 2.38,
      fraction: true,
    });
    expect(data.totals?.cells.poorRate).toMatchObject({ value: 3.37 });
    expect(validateTable(data).map((i) => `${i.code}@${i.cell}`)).toEqual([
      "RATE_SHOWN_AS_FRACTION@E2",
      "RATE_SHOWN_AS_FRACTION@G2",
    ]);
  });

  it("a fraction column with one wrong row still reads as fractions and reports that row", () => {
    const grid = buildGrid([
      [...HEAD, "Tỷ lệ"],
      [1, "A", 126, 3, 0.0238],
      [2, "B", 200, 8, 0.04],
      [3, "C", 300, 6, 0.02],
      [4, "D", 100, 1, 0.05],
    ]);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    const issues = validateTable(readTable(grid, r.tables[0] as TableLayout));
    expect(issues.map((i) => [i.code, i.cell, i.actual, i.expected])).toEqual([
      ["RATE_SHOWN_AS_FRACTION", "E2", 0.0238, undefined],
      ["RATE_MISMATCH", "E5", 5, 1],
      ["TOTALS_ROW_MISSING", "B6", null, undefined],
    ]);
  });

  it("small rates in percent points are never taken for fractions", () => {
    const grid = buildGrid([
      [...HEAD, "Tỷ lệ (%)"],
      [1, "A", 2500, 1, 0.04],
      [2, "B", 2000, 2, 0.1],
    ]);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    const data = readTable(grid, r.tables[0] as TableLayout);
    expect(data.rateStorage?.poorRate).toBe("percent");
    expect(data.units[0]?.cells.poorRate).toMatchObject({ value: 0.04 });
  });
});
