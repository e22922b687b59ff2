import { buildTable, HEADER } from "../../../tests/core/helpers/buildTable";
import { formatRange } from "../../../tests/core/helpers/buildGrid";
import { toA1 } from "../address";
import type { CellWrite } from "../model/plan";
import { buildFixPlan } from "./buildFixPlan";

const cellsOf = (writes: readonly CellWrite[]): Record<string, unknown> =>
  Object.fromEntries(writes.map((w) => [toA1(w.row, w.col), w.cell]));

describe("buildFixPlan", () => {
  it("writes fractions (and fraction formulas) where the sheet stores rates under a % format", () => {
    const data = buildTable(
      [
        ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
        [1, "Thôn 1", 126, 3, 0.0283],
        [null, "Tổng", 126, 3, 0.0238],
      ],
      { formats: formatRange("E2:E3", "0.00%") }
    );
    expect(cellsOf(buildFixPlan(data, { formulas: false }).sheets[0]!.writes)).toEqual({
      E2: { value: 0.0238 },
      E3: { value: 0.0238 },
    });
    expect(cellsOf(buildFixPlan(data, { formulas: true }).sheets[0]!.writes)).toEqual({
      E2: { formula: "=ROUND(D2/C2,4)", result: 0.0238 },
      E3: { formula: "=ROUND(SUM(D2)/SUM(C2),4)", result: 0.0238 },
    });
  });

  it("sums only the unit rows in totals formulas, around sub-headings and blank rows", () => {
    const data = buildTable([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
      ["I", "Khu vực thành thị"],
      [1, "Tổ 1", 100, 5, 5],
      [],
      ["II", "Khu vực nông thôn"],
      [2, "Thôn 2", 80, 4, 5],
      [3, "Thôn 3", 50, 1, 2],
      [null, "Tổng cộng", 230, 10, 4.35],
    ]);
    const w = cellsOf(buildFixPlan(data, { formulas: true }).sheets[0]!.writes);
    expect(w.E8).toEqual({ formula: "=ROUND(SUM(D3,D6:D7)/SUM(C3,C6:C7)*100,2)", result: 4.35 });
  });

  it("gives text-formatted rate cells a number format so the formula is not kept as text, and converts text counts", () => {
    const data = buildTable(
      [
        ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
        [1, "Thôn 1", "126", 3, "2,38"],
      ],
      { formats: { C2: "@", E2: "@" } }
    );
    const writes = buildFixPlan(data, { formulas: true }).sheets[0]!.writes;
    expect(writes).toEqual([
      { row: 2, col: 3, cell: { value: 126 }, numberFormat: "General" },
      {
        row: 2,
        col: 5,
        cell: { formula: "=ROUND(D2/C2*100,2)", result: 2.38 },
        numberFormat: "0.00",
      },
    ]);
  });

  it("skips a rate whose households is 0 or unreadable, and converts a text rate it cannot recompute", () => {
    const data = buildTable([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
      [1, "Thôn 1", 0, 0, 0],
      [2, "Thôn 2", "?", 3, "2,38"],
    ]);
    expect(cellsOf(buildFixPlan(data, { formulas: true }).sheets[0]!.writes)).toEqual({
      E3: { value: 2.38 },
    });
  });

  it("keeps a rate's correct live formula when writing values, replaces a wrong one", () => {
    const data = buildTable(
      [
        ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
        [1, "Thôn 1", 126, 3, 2.38],
        [2, "Thôn 2", 126, 3, 2.83],
      ],
      { formulas: { E2: "=ROUND(D2/C2*100,2)", E3: "=ROUND(D3/C2*90,2)" } }
    );
    expect(cellsOf(buildFixPlan(data, { formulas: false }).sheets[0]!.writes)).toEqual({
      E3: { value: 2.38 },
    });
    expect(Object.keys(cellsOf(buildFixPlan(data, { formulas: true }).sheets[0]!.writes))).toEqual([
      "E2",
      "E3",
    ]);
  });

  it("recomputes every derived rate role the table has", () => {
    const data = buildTable([HEADER, [1, "A", 479, 126, 1, 9, 0, 9, 9]]);
    expect(cellsOf(buildFixPlan(data, { formulas: false }).sheets[0]!.writes)).toEqual({
      F2: { value: 0.79 },
      H2: { value: 0 },
      I2: { value: 0.79 },
    });
  });
});
