import "../../../tests/core/helpers/toHaveIssue";
import { buildTable, HEADER } from "../../../tests/core/helpers/buildTable";
import { formatRange } from "../../../tests/core/helpers/buildGrid";
import type { RawValue } from "../model/cell";
import { validateTable } from "./validateTable";

const OK_ROWS: RawValue[][] = [
  [1, "Quang Trung", 479, 126, 1, 0.79, 0, 0, 0.79],
  [2, "Làng Gió", 485, 126, 3, 2.38, 0, 0, 2.38],
];
const OK_TOTAL: RawValue[] = [null, "Tổng:", 964, 252, 4, 1.59, 0, 0, 1.59];
const check = (rows: RawValue[][], total: RawValue[] | null = OK_TOTAL, target?: number) =>
  validateTable(
    buildTable(total ? [HEADER, ...rows, total] : [HEADER, ...rows]),
    target === undefined ? {} : { target }
  );

describe("validateTable: each rule", () => {
  it("passes a clean table", () => expect(check(OK_ROWS)).toEqual([]));

  it("MISSING_VALUE for empty required counts of unit rows, not for rates or an unused cut column", () => {
    const issues = check([[1, "A", 479, null, 1, null, null, null, null], OK_ROWS[1]!], null);
    expect(issues).toHaveIssue({
      code: "MISSING_VALUE",
      cell: "D2",
      severity: "error",
      actual: null,
    });
    expect(issues.filter((i) => i.code === "MISSING_VALUE").map((i) => i.cell)).toEqual([
      "D2",
      "G2",
    ]);
  });

  it("NOT_A_NUMBER with a suggestion, skipping every check that needs the cell", () => {
    const issues = check([[1, "A", 479, 126, "khoảng 1", 0.79, 0, 0, 0.79], OK_ROWS[1]!]);
    expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual(["NOT_A_NUMBER@E2"]);
    expect(issues[0]).toMatchObject({ actual: "khoảng 1", suggestion: 1 });
  });

  it("NUMBER_AS_TEXT is a warning and the number still counts", () => {
    const issues = check([[1, "A", 479, "126", 1, "0,79", 0, 0, 0.79], OK_ROWS[1]!]);
    expect(issues.map((i) => [i.code, i.cell, i.severity, i.actual])).toEqual([
      ["NUMBER_AS_TEXT", "D2", "warning", "126"],
      ["NUMBER_AS_TEXT", "F2", "warning", "0,79"],
    ]);
  });

  it("CELL_ERROR for error values, and skips the checks depending on them", () => {
    const issues = check([
      [1, "A", 479, 126, 1, { error: "#DIV/0!" }, 0, 0, 0.79],
      [2, "Làng Gió", 485, "#REF!", 3, 2.38, 0, 0, 2.38],
    ]);
    expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual(["CELL_ERROR@F2", "CELL_ERROR@D3"]);
  });

  it("NEGATIVE_VALUE and NOT_INTEGER on counts", () => {
    const issues = check(
      [
        [1, "A", 479, 126, -1, -0.79, 0, 0, -0.79],
        [2, "B", 485.5, 126, 3, 2.38, 0, 0, 2.38],
      ],
      null
    );
    expect(issues).toHaveIssue({ code: "NEGATIVE_VALUE", cell: "E2" });
    expect(issues).toHaveIssue({ code: "NEGATIVE_VALUE", cell: "F2" });
    expect(issues).not.toHaveIssue({ code: "RATE_MISMATCH" });
    expect(issues).toHaveIssue({ code: "NOT_INTEGER", cell: "C3", actual: 485.5, suggestion: 486 });
  });

  it("POOR_EXCEEDS_HOUSEHOLDS, HOUSEHOLDS_EXCEED_POPULATION and CUT_EXCEEDS_POOR", () => {
    const issues = check([[1, "A", 100, 126, 130, 103.17, 131, 103.97, -0.79], OK_ROWS[1]!], null);
    expect(issues).toHaveIssue({ code: "HOUSEHOLDS_EXCEED_POPULATION", cell: "D2", actual: 126 });
    expect(issues).toHaveIssue({ code: "POOR_EXCEEDS_HOUSEHOLDS", cell: "E2", actual: 130 });
    expect(issues).toHaveIssue({ code: "CUT_EXCEEDS_POOR", cell: "G2", actual: 131 });
    expect(issues).toHaveIssue({ code: "HOUSEHOLD_SIZE_UNUSUAL", cell: "C2", severity: "warning" });
  });

  it("RATE_MISMATCH compares with the computed rate rounded to 2 decimals, ± 0.01", () => {
    const rates = (poorRate: number) =>
      check([[1, "A", 479, 126, 1, poorRate, 0, 0, 0.79], OK_ROWS[1]!], null).filter(
        (i) => i.code === "RATE_MISMATCH"
      );
    expect(rates(0.79)).toEqual([]);
    expect(rates(0.8)).toEqual([]);
    expect(rates(0.78)).toEqual([]);
    expect(rates(0.81)).toEqual([
      expect.objectContaining({ cell: "F2", actual: 0.81, expected: 0.79 }),
    ]);
    expect(rates(79.37)).toEqual([expect.objectContaining({ expected: 0.79 })]);
  });

  it("RATE_MISMATCH works on fraction-stored rates in percent points", () => {
    const data = buildTable([HEADER, [1, "A", 479, 126, 1, 0.0079, 0, 0, 0.0083]], {
      formats: formatRange("F2:I2", "0.00%"),
    });
    expect(validateTable(data).filter((i) => i.code === "RATE_MISMATCH")).toEqual([
      expect.objectContaining({ cell: "I2", actual: 0.83, expected: 0.79 }),
    ]);
  });

  it("skips rates of a unit with 0 households", () => {
    expect(check([[1, "A", 0, 0, 0, 0, 0, 0, 0], OK_ROWS[1]!], null).map((i) => i.code)).toEqual([
      "TOTALS_ROW_MISSING",
    ]);
  });

  it("TOTAL_MISMATCH for counts against the sums and for rates against the rate of the sums", () => {
    const issues = check(OK_ROWS, [null, "Tổng", 964, 250, 4, 1.6, 0, 0, 1.59]);
    expect(issues.map((i) => [i.code, i.cell, i.actual, i.expected])).toEqual([
      ["TOTAL_MISMATCH", "D4", 250, 252],
    ]);
    const rate = check(OK_ROWS, [null, "Tổng", 964, 252, 4, 1.7, 0, 0, 1.59]);
    expect(rate.map((i) => [i.code, i.cell, i.actual, i.expected])).toEqual([
      ["TOTAL_MISMATCH", "F4", 1.7, 1.59],
    ]);
  });

  it("TOTALS_ROW_MISSING below the last unit", () => {
    expect(check(OK_ROWS, null)).toEqual([
      expect.objectContaining({ code: "TOTALS_ROW_MISSING", cell: "B4", severity: "warning" }),
    ]);
  });

  it("DUPLICATE_UNIT compares names without case, diacritics or spaces", () => {
    const issues = check(
      [OK_ROWS[0]!, OK_ROWS[1]!, [3, "lang  GIO", 485, 126, 3, 2.38, 0, 0, 2.38]],
      null
    );
    expect(issues).toHaveIssue({
      code: "DUPLICATE_UNIT",
      cell: "B4",
      actual: "lang GIO",
      params: { unit: "lang GIO", otherRow: 3 },
    });
  });

  it("HOUSEHOLD_SIZE_UNUSUAL outside [1, 10] people per household", () => {
    const issues = check([[1, "A", 1300, 126, 1, 0.79, 0, 0, 0.79], OK_ROWS[1]!], null);
    expect(issues).toHaveIssue({ code: "HOUSEHOLD_SIZE_UNUSUAL", cell: "C2", actual: 1300 });
  });

  it("TARGET_MISMATCH on the totals row's cut cell, else the last unit's", () => {
    expect(check(OK_ROWS, OK_TOTAL, 3)).toEqual([
      expect.objectContaining({ code: "TARGET_MISMATCH", cell: "G4", actual: 0, expected: 3 }),
    ]);
    expect(check(OK_ROWS, null, 3)).toHaveIssue({ code: "TARGET_MISMATCH", cell: "G3" });
    expect(check(OK_ROWS, OK_TOTAL, 0)).toEqual([]);
    const unplanned = check([[1, "A", 479, 126, 1, 0.79, null, null, null]], null, 1);
    expect(unplanned).toHaveIssue({ code: "TARGET_MISMATCH", cell: "G2", actual: 0, expected: 1 });
    expect(check([[1, "A", 479, 126, 1, 0.79, "một", null, null]], null, 1)).not.toHaveIssue({
      code: "TARGET_MISMATCH",
    });
  });

  it("sorts by row, then column", () => {
    const issues = check([
      [1, "A", 479, "126", "x", 5, 0, 0, 0.79],
      [2, "B", "485", 126, 3, 9, 0, 0, 2.38],
    ]);
    expect(issues.map((i) => i.cell)).toEqual(["D2", "E2", "C3", "F3"]);
  });
});
