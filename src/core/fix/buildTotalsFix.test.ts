import { buildTable, HEADER } from "../../../tests/core/helpers/buildTable";
import { validateTable } from "../validate/validateTable";
import { buildTotalsFix } from "./buildTotalsFix";

const table = () =>
  buildTable([
    HEADER,
    [1, "A", 479, 126, 1, 0.79, 0, 0, 0.79],
    [2, "B", 485, 126, 3, 2.38, 1, 0.79, 1.59],
    [null, "Tổng", 964, 252, 5, 1.59, 1, 0.4, 1.19],
  ]);

describe("buildTotalsFix", () => {
  it("offers the villages' sum for a totals count, as a value or a SUM over the unit rows", () => {
    const data = table();
    const issue = validateTable(data).find((i) => i.code === "TOTAL_MISMATCH" && i.role === "poor");
    expect(issue?.cell).toBe("E4");
    expect(buildTotalsFix(data, issue!)?.sheets[0]?.writes).toEqual([
      { row: 4, col: 5, cell: { value: 4 } },
    ]);
    expect(buildTotalsFix(data, issue!, { formulas: true })?.sheets[0]?.writes).toEqual([
      { row: 4, col: 5, cell: { formula: "=SUM(E2:E3)", result: 4 } },
    ]);
  });

  it("leaves every other issue to buildIssueFix or the officer", () => {
    const data = table();
    for (const issue of validateTable(data).filter((i) => i.role !== "poor"))
      expect(buildTotalsFix(data, issue)).toBeNull();
  });

  it("offers a group's own villages' sum for a sub-total count (SUBTOTAL_MISMATCH)", () => {
    const data = buildTable([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [null, "Toàn xã", 300, 15],
      ["I", "Xã Hưng Thịnh (cũ)", 200, 11],
      [1, "Thôn 1", 100, 5],
      [2, "Thôn 2", 100, 5],
      ["II", "Xã Hưng Lợi (cũ)", 100, 5],
      [3, "Thôn 3", 100, 5],
    ]);
    const issue = validateTable(data).find((i) => i.code === "SUBTOTAL_MISMATCH");
    expect(issue?.cell).toBe("D3");
    expect(buildTotalsFix(data, issue!)?.sheets[0]?.writes).toEqual([
      { row: 3, col: 4, cell: { value: 10 } },
    ]);
    expect(buildTotalsFix(data, issue!, { formulas: true })?.sheets[0]?.writes).toEqual([
      { row: 3, col: 4, cell: { formula: "=SUM(D4:D5)", result: 10 } },
    ]);
  });
});
