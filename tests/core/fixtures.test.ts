import "./helpers/toHaveIssue";
import { FIXTURES, loadXlsxGrid } from "./helpers/loadXlsxGrid";
import {
  detectTables,
  formatIssue,
  readTable,
  rangeToA1,
  toColumnLetters,
  validateTable,
} from "../../src/core";
import type { TableLayout } from "../../src/core";

async function loadTable(name: string) {
  const grid = await loadXlsxGrid(`${FIXTURES}/${name}`);
  const result = detectTables(grid);
  if (!result.ok) throw new Error(`no table: ${result.reason}`);
  return { grid, result, layout: result.tables[0] as TableLayout };
}

const EXPECTED_COLUMNS = {
  index: "A",
  unit: "B",
  population: "C",
  households: "D",
  poor: "E",
  poorRate: "F",
  poorCut: "G",
  poorCutRate: "H",
  projectedPoorRate: "I",
};

describe.each(["binh-luong-2024.xlsx", "binh-luong-2024-errors.xlsx"])(
  "detectTables on %s",
  (file) => {
    it("finds exactly the appendix table A5:I14", async () => {
      const { result, layout } = await loadTable(file);
      expect(result.ok && result.tables).toHaveLength(1);
      expect(layout.sheet).toBe("Phụ lục");
      expect(rangeToA1(layout.range)).toBe("A5:I14");
      expect(layout.headerRows).toEqual([5, 7]);
      expect(layout.dataRows).toEqual([8, 13]);
      expect(layout.unitRows).toEqual([8, 9, 10, 11, 12, 13]);
      expect(layout.totalsRow).toBe(14);
      const letters = Object.fromEntries(
        Object.entries(layout.columns).map(([r, c]) => [r, toColumnLetters(c)])
      );
      expect(letters).toEqual(EXPECTED_COLUMNS);
      expect(layout.confidence).toBeGreaterThan(0.9);
    });
  }
);

describe("validateTable on the shared fixtures", () => {
  it("finds no issue in the clean plan", async () => {
    const { grid, layout } = await loadTable("binh-luong-2024.xlsx");
    const data = readTable(grid, layout);
    expect(data.units.map((u) => u.name)).toEqual([
      "Quang Trung",
      "Làng Gió",
      "Thắng Lộc",
      "Làng Sao",
      "Hợp Thành",
      "Làng Mài",
    ]);
    expect(validateTable(data)).toEqual([]);
    expect(validateTable(data, { target: 10 })).toEqual([]);
  });

  it("finds exactly the six planted errors, sorted by row then column", async () => {
    const { grid, layout } = await loadTable("binh-luong-2024-errors.xlsx");
    const issues = validateTable(readTable(grid, layout));
    expect(
      issues.map((i) => [i.cell, i.code, i.severity, i.actual, i.expected, i.suggestion])
    ).toEqual([
      ["F9", "RATE_MISMATCH", "error", 2.83, 2.38, undefined],
      ["E10", "NOT_A_NUMBER", "error", "4 hộ", undefined, 4],
      ["G11", "CUT_EXCEEDS_POOR", "error", 3, undefined, undefined],
      ["I11", "NEGATIVE_VALUE", "error", -0.95, undefined, undefined],
      ["D13", "NUMBER_AS_TEXT", "warning", "98", undefined, undefined],
      ["G14", "TOTAL_MISMATCH", "error", 11, 10, undefined],
    ]);
    expect(issues[0]?.role).toBe("poorRate");
    expect(issues.every((i) => i.sheet === "Phụ lục")).toBe(true);
  });

  it("words the issues in Vietnamese with a decimal comma, and in English", async () => {
    const { grid, layout } = await loadTable("binh-luong-2024-errors.xlsx");
    const [f9, e10] = validateTable(readTable(grid, layout));
    expect(formatIssue(f9!, "vi")).toBe(
      "Ô F9 (Tỷ lệ hộ nghèo) của Làng Gió ghi 2,83 nhưng tính ra 2,38."
    );
    expect(formatIssue(f9!, "en")).toBe(
      "Cell F9 (Poverty rate) of Làng Gió says 2.83 but computes to 2.38."
    );
    expect(formatIssue(e10!, "vi")).toContain("Có phải là 4?");
  });

  it("reports a target that the cuts do not meet on the totals row's cut cell", async () => {
    const { grid, layout } = await loadTable("binh-luong-2024.xlsx");
    expect(validateTable(readTable(grid, layout), { target: 12 })).toEqual([
      expect.objectContaining({ code: "TARGET_MISMATCH", cell: "G14", actual: 10, expected: 12 }),
    ]);
  });
});
