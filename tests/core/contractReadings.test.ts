/**
 * DESIGN.md "Readings the contract fixes", one test each: relation checks on data rows only, ratios skipped when
 * households ≤ 0, "-" read as 0, "1.234" / "1,234" in counts, a date or a boolean in a number cell.
 */
import "./helpers/toHaveIssue";
import { buildTable, HEADER } from "./helpers/buildTable";
import { validateTable } from "../../src/core";
import type { Issue, RawValue } from "../../src/core";

const A: RawValue[] = [1, "Quang Trung", 479, 126, 1, 0.79, 0, 0, 0.79];
const B: RawValue[] = [2, "Làng Gió", 485, 126, 3, 2.38, 0, 0, 2.38];
const TOTAL: RawValue[] = [null, "Tổng:", 964, 252, 4, 1.59, 0, 0, 1.59];

const check = (rows: RawValue[][], formats: Record<string, string> = {}): Issue[] =>
  validateTable(buildTable([HEADER, ...rows], { formats }));
const codes = (issues: readonly Issue[]): string[] => issues.map((i) => `${i.code}@${i.cell}`);

describe("relation checks run on data rows only", () => {
  it("a totals row whose own counts break a relation gives TOTAL_MISMATCH, never a relation issue", () => {
    // Totals row: households 2 < poor 40 < cut 50, population 1 < households: every relation broken, on the totals row.
    const issues = check([A, B, [null, "Tổng:", 1, 2, 40, 1.59, 50, 0, 1.59]]);
    const relation = [
      "POOR_EXCEEDS_HOUSEHOLDS",
      "HOUSEHOLDS_EXCEED_POPULATION",
      "CUT_EXCEEDS_POOR",
      "HOUSEHOLD_SIZE_UNUSUAL",
    ];
    expect(issues.filter((i) => relation.includes(i.code))).toEqual([]);
    expect(codes(issues)).toEqual([
      "TOTAL_MISMATCH@C4",
      "TOTAL_MISMATCH@D4",
      "TOTAL_MISMATCH@E4",
      "TOTAL_MISMATCH@G4",
    ]);
  });

  it("the same relations on a data row are reported there", () => {
    const issues = check([[1, "Quang Trung", 5, 6, 7, 116.67, 8, 133.33, -16.67], B, TOTAL]);
    expect(issues).toHaveIssue({ code: "POOR_EXCEEDS_HOUSEHOLDS", cell: "E2" });
    expect(issues).toHaveIssue({ code: "HOUSEHOLDS_EXCEED_POPULATION", cell: "D2" });
    expect(issues).toHaveIssue({ code: "CUT_EXCEEDS_POOR", cell: "G2" });
  });
});

describe("households (or population) ≤ 0 makes the ratios of the row meaningless", () => {
  it("households 0: no RATE_MISMATCH and no HOUSEHOLD_SIZE_UNUSUAL on that row", () => {
    const issues = check([[1, "Quang Trung", 479, 0, 0, 9.99, 0, 5, 3], B]);
    expect(issues.filter((i) => i.row === 2).map((i) => i.code)).toEqual([]);
  });

  it("households negative: NEGATIVE_VALUE flags it, the rate and household-size checks are skipped", () => {
    const issues = check([[1, "Quang Trung", 479, -126, 0, 9.99, 0, 5, 3], B]);
    expect(codes(issues.filter((i) => i.row === 2))).toContain("NEGATIVE_VALUE@D2");
    const ratios = issues.filter(
      (i) => i.row === 2 && (i.code === "RATE_MISMATCH" || i.code === "HOUSEHOLD_SIZE_UNUSUAL")
    );
    expect(ratios).toEqual([]);
  });

  it("population 0 or negative: no HOUSEHOLD_SIZE_UNUSUAL", () => {
    expect(
      check([[1, "Quang Trung", 0, 126, 1, 0.79, 0, 0, 0.79], B]).map((i) => i.code)
    ).not.toContain("HOUSEHOLD_SIZE_UNUSUAL");
    const negative = check([[1, "Quang Trung", -479, 126, 1, 0.79, 0, 0, 0.79], B]);
    expect(negative).toHaveIssue({ code: "NEGATIVE_VALUE", cell: "C2" });
    expect(negative.map((i) => i.code)).not.toContain("HOUSEHOLD_SIZE_UNUSUAL");
  });
});

describe("number text in count and rate cells", () => {
  it('a lone "-" (or an en/em dash) is 0, with NUMBER_AS_TEXT', () => {
    const issues = check([[1, "Quang Trung", 479, 126, 1, 0.79, "-", "–", 0.79], B, TOTAL]);
    expect(issues.map((i) => [i.code, i.cell, i.actual])).toEqual([
      ["NUMBER_AS_TEXT", "G2", "-"],
      ["NUMBER_AS_TEXT", "H2", "–"],
    ]);
    expect(issues[0]?.params).toMatchObject({ value: 0 });
  });

  it('"1.234" and "1,234" are 1234 in a count column', () => {
    const big: RawValue[] = [1, "Quang Trung", "4.936", "1,234", 1, 0.08, 0, 0, 0.08];
    const issues = check([big, B, [null, "Tổng:", 5421, 1360, 4, 0.29, 0, 0, 0.29]]);
    expect(issues.map((i) => [i.code, i.cell, i.params?.value])).toEqual([
      ["NUMBER_AS_TEXT", "C2", 4936],
      ["NUMBER_AS_TEXT", "D2", 1234],
    ]);
  });

  it('"1.234" is 1.234 in a rate column, and "4,39%" typed as text is 4.39', () => {
    const issues = check([
      [1, "Quang Trung", 9000, 1000, 12, "1.2", 0, 0, "1,20%"],
      [2, "Làng Gió", 485, 126, 3, "2,38%", 0, 0, 2.38],
    ]);
    expect(
      issues.filter((i) => i.code !== "TOTALS_ROW_MISSING").map((i) => [i.code, i.params?.value])
    ).toEqual([
      ["NUMBER_AS_TEXT", 1.2],
      ["NUMBER_AS_TEXT", 1.2],
      ["NUMBER_AS_TEXT", 2.38],
    ]);
  });

  it("NOT_A_NUMBER suggests the first number in the text", () => {
    const issues = check([[1, "Quang Trung", 479, 126, "khoảng 12", 0.79, 0, 0, 0.79], B]);
    expect(issues).toHaveIssue({ code: "NOT_A_NUMBER", cell: "E2", suggestion: 12 });
  });

  it("a date or a boolean in a count or rate cell is NOT_A_NUMBER", () => {
    const issues = check([[1, "Quang Trung", 479, 45306, true, 0.79, 0, false, 0.79], B], {
      D2: "dd/mm/yyyy",
    });
    expect(codes(issues.filter((i) => i.code === "NOT_A_NUMBER"))).toEqual([
      "NOT_A_NUMBER@D2",
      "NOT_A_NUMBER@E2",
      "NOT_A_NUMBER@H2",
    ]);
    expect(issues.find((i) => i.cell === "D2")?.actual).toBe("15/01/2024");
  });
});
