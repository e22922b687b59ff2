import { buildTable, HEADER } from "../../../tests/core/helpers/buildTable";
import { formatRange } from "../../../tests/core/helpers/buildGrid";

describe("readTable", () => {
  it("reads names, counts and rates of each unit and the totals row", () => {
    const data = buildTable([
      HEADER,
      [1, " Làng  Gió ", 485, 126, 3, 2.38, 0, 0, 2.38],
      [null, "Tổng", 485, 126, 3, 2.38, 0, 0, 2.38],
    ]);
    expect(data.units).toHaveLength(1);
    expect(data.units[0]?.name).toBe("Làng Gió");
    expect(data.units[0]?.cells.poorRate).toEqual({
      kind: "number",
      value: 2.38,
      fromText: false,
      formula: null,
    });
    expect(data.totals?.row).toBe(3);
    expect(data.totals?.cells.households).toMatchObject({ value: 126 });
    expect(data.rateStorage).toEqual({
      poorRate: "percent",
      poorCutRate: "percent",
      projectedPoorRate: "percent",
    });
  });

  it("reads rates stored as fractions under a % format in percent points, and remembers the form per column", () => {
    const data = buildTable(
      [
        [
          "TT",
          "Thôn",
          "Tổng số hộ",
          "Số hộ nghèo",
          "Tỷ lệ (%)",
          "Số hộ giảm nghèo",
          "Tỷ lệ giảm (%)",
        ],
        [1, "Thôn 1", 729, 32, 0.0439, 10, 1.37],
        [2, "Thôn 2", 100, 5, 0.05, 1, 1],
      ],
      { formats: formatRange("E2:E3", "0.00%") }
    );
    expect(data.units[0]?.cells.poorRate).toMatchObject({ value: 4.39, fraction: true });
    expect(data.rateStorage).toEqual({ poorRate: "fraction", poorCutRate: "percent" });
  });

  it("reads rates written as text with a decimal comma, formulas with cached results, and error values", () => {
    const data = buildTable(
      [
        ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
        [1, "Thôn 1", 100, 5, "5,00"],
        [2, "Thôn 2", 80, 4, 5],
        [3, "Thôn 3", 0, 0, { error: "#DIV/0!" }],
        [4, "Thôn 4", 50, "#REF!", "#DIV/0!"],
      ],
      { formulas: { E3: "=ROUND(D3/C3*100,2)" } }
    );
    const rates = data.units.map((u) => u.cells.poorRate);
    expect(rates[0]).toMatchObject({ kind: "number", value: 5, fromText: true, text: "5,00" });
    expect(rates[1]).toMatchObject({ kind: "number", value: 5, formula: "=ROUND(D3/C3*100,2)" });
    expect(rates[2]).toEqual({ kind: "error", error: "#DIV/0!" });
    expect(data.units[3]?.cells.poor).toEqual({ kind: "error", error: "#REF!" });
  });

  it("reads a number as a unit name", () => {
    const data = buildTable([
      ["TT", "Tổ dân phố", "Tổng số hộ", "Số hộ nghèo"],
      [1, 5, 100, 5],
      [2, 6, 100, 5],
    ]);
    expect(data.units.map((u) => u.name)).toEqual(["5", "6"]);
  });
});
