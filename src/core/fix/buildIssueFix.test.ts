import { buildTable, HEADER } from "../../../tests/core/helpers/buildTable";
import { formatRange } from "../../../tests/core/helpers/buildGrid";
import { validateTable } from "../validate/validateTable";
import { buildIssueFix } from "./buildIssueFix";

describe("buildIssueFix", () => {
  it("fixes a totals-row rate from the sums, and a rate error value, with formulas when asked", () => {
    const data = buildTable([
      HEADER,
      [1, "A", 479, 126, 1, { error: "#DIV/0!" }, 0, 0, 0.79],
      [null, "Tổng", 479, 126, 1, 0.5, 0, 0, 0.79],
    ]);
    const issues = validateTable(data);
    expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual([
      "CELL_ERROR@F2",
      "TOTAL_MISMATCH@F3",
    ]);
    expect(buildIssueFix(data, issues[0]!)?.sheets[0]?.writes).toEqual([
      { row: 2, col: 6, cell: { value: 0.79 } },
    ]);
    expect(buildIssueFix(data, issues[1]!, { formulas: true })?.sheets[0]?.writes).toEqual([
      { row: 3, col: 6, cell: { formula: "=ROUND(SUM(E2)/SUM(D2)*100,2)", result: 0.79 } },
    ]);
  });

  it("writes a suggestion into a fraction-stored rate as a fraction", () => {
    const data = buildTable([HEADER, [1, "A", 479, 126, 1, "0,79 %", 0, 0, 0.0079]], {
      formats: formatRange("F2:I2", "0.00%"),
    });
    const issue = validateTable(data).find((i) => i.cell === "F2");
    expect(issue?.code).toBe("NUMBER_AS_TEXT");
    expect(buildIssueFix(data, issue!)?.sheets[0]?.writes).toEqual([
      { row: 2, col: 6, cell: { value: 0.0079 } },
    ]);
  });

  it("returns null for issues the officer must decide and for issues of another sheet", () => {
    const data = buildTable([
      HEADER,
      [1, "A", 479, 126, 1, 0.79, 2, 1.59, -0.79],
      [2, "a", 479, 126.5, "x", 0.79, 0, 0, 0.79],
    ]);
    const issues = validateTable(data);
    for (const i of issues.filter((x) => x.code !== "NOT_A_NUMBER" && x.code !== "NEGATIVE_VALUE"))
      expect(buildIssueFix(data, i)).toBeNull();
    expect(issues.find((i) => i.code === "NOT_A_NUMBER")).toBeDefined();
    expect(
      buildIssueFix(
        data,
        issues.find((i) => i.code === "NOT_A_NUMBER")!
      )
    ).toBeNull();
    expect(buildIssueFix(data, { ...issues[0]!, sheet: "Other" })).toBeNull();
  });
});
