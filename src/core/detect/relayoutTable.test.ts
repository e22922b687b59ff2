import { buildGrid } from "../../../tests/core/helpers/buildGrid";
import { rangeToA1 } from "../address";
import { detectTables } from "./detectTables";
import { relayoutTable } from "./relayoutTable";

const grid = buildGrid([
  ["TT", "Thôn", "Mã", "Tổng số hộ", "Số hộ nghèo", "Hộ nghèo mới"],
  [1, "Thôn 1", "T1", 100, 5, 1],
  [2, "Thôn 2", "T2", 80, 4, 0],
  [null, "Tổng", null, 180, 9, 1],
]);

describe("relayoutTable", () => {
  const r = detectTables(grid);
  const layout = r.ok ? r.tables[0]! : (undefined as never);

  it("moves a role to another column and keeps the rows", () => {
    const next = relayoutTable(grid, layout, { ...layout.columns, poor: 6 });
    expect(next.columns.poor).toBe(6);
    expect(rangeToA1(next.range)).toBe("A1:F4");
    expect(next.unitRows).toEqual([2, 3]);
    expect(next.totalsRow).toBe(4);
  });

  it("re-finds the rows when the unit column changes", () => {
    const next = relayoutTable(grid, layout, { households: 4, poor: 5, unit: 3 });
    expect(next.unitRows).toEqual([2, 3]);
    expect(next.totalsRow).toBe(4);
    expect(rangeToA1(next.range)).toBe("C1:E4");
  });

  it("keeps rows without a unit column and handles an empty mapping", () => {
    expect(relayoutTable(grid, layout, { households: 4 }).unitRows).toEqual([2, 3]);
    expect(relayoutTable(grid, layout, {}).columns).toEqual({});
  });
});
