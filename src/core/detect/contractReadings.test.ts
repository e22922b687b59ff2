/** The readings DESIGN.md "Readings the contract fixes" pins down for detection (found by differential testing). */
import { buildGrid } from "../../../tests/core/helpers/buildGrid";
import { toColumnLetters } from "../address";
import type { DetectResult, TableLayout } from "../model/table";
import { readTable } from "../read/readTable";
import { validateTable } from "../validate/validateTable";
import { detectTables } from "./detectTables";

const roles = (t: TableLayout): Record<string, string> =>
  Object.fromEntries(Object.entries(t.columns).map(([r, c]) => [r, toColumnLetters(c)]));

function only(result: DetectResult): TableLayout {
  if (!result.ok) throw new Error(`expected a table, got ${result.reason}`);
  return result.tables[0] as TableLayout;
}

describe("a persons column under a group header that also covers all households", () => {
  it("is the population (its numbers are 3–5 × households), not the poor's persons", () => {
    const grid = buildGrid(
      [
        ["TT", "Thôn", "Tình hình hộ nghèo cuối năm 2024", null, null, null],
        [null, null, "Tổng số hộ", "Nhân khẩu", "Số hộ nghèo", "Tỷ lệ (%)"],
        [1, "Thôn 1", 126, 479, 3, 2.38],
        [2, "Thôn 2", 203, 812, 11, 5.42],
        [3, "Thôn 3", 97, 380, 2, 2.06],
        [null, "Tổng", 426, 1671, 16, 3.76],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:F1"] }
    );
    expect(roles(only(detectTables(grid)))).toEqual({
      index: "A",
      unit: "B",
      households: "C",
      population: "D",
      poor: "E",
      poorRate: "F",
    });
  });

  it("is no population when its numbers say otherwise (every row below the households: the poor's persons)", () => {
    const grid = buildGrid(
      [
        ["TT", "Thôn", "Tình hình hộ nghèo cuối năm 2024", null, null, null],
        [null, null, "Tổng số hộ", "Nhân khẩu", "Số hộ nghèo", "Tỷ lệ (%)"],
        [1, "Thôn 1", 126, 12, 3, 2.38],
        [2, "Thôn 2", 203, 40, 11, 5.42],
        [3, "Thôn 3", 97, 7, 2, 2.06],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:F1"] }
    );
    expect(roles(only(detectTables(grid))).population).toBeUndefined();
  });

  it("stays the poor's persons under a group of the poor alone", () => {
    const grid = buildGrid(
      [
        ["TT", "Thôn", "Tổng số hộ", "Hộ nghèo", null, null],
        [null, null, null, "Số hộ", "Số khẩu", "Tỷ lệ (%)"],
        [1, "Thôn 1", 126, 3, 12, 2.38],
        [2, "Thôn 2", 203, 11, 40, 5.42],
        [3, "Thôn 3", 97, 2, 7, 2.06],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1"] }
    );
    expect(roles(only(detectTables(grid))).population).toBeUndefined();
  });
});

describe("a bare rate header belongs to the count on its left", () => {
  const header = [
    "TT",
    "Thôn",
    "Tổng số hộ",
    "Số hộ nghèo",
    "Tỷ lệ (%)",
    "Số hộ cận nghèo",
    "Tỷ lệ (%)",
  ];
  it("right of the near-poor count it is the near-poor rate, and wrong rates there are reported", () => {
    const grid = buildGrid([
      header,
      [1, "Thôn 1", 126, 3, 2.38, 5, 9.1],
      [2, "Thôn 2", 203, 11, 5.42, 8, 7.7],
      [3, "Thôn 3", 97, 2, 2.06, 4, 1.2],
    ]);
    const t = only(detectTables(grid));
    expect(roles(t)).toMatchObject({ poorRate: "E", nearPoorRate: "G" });
    const issues = validateTable(readTable(grid, t)).filter((i) => i.code === "RATE_MISMATCH");
    expect(issues.map((i) => [i.cell, i.role])).toEqual([
      ["G2", "nearPoorRate"],
      ["G3", "nearPoorRate"],
      ["G4", "nearPoorRate"],
    ]);
  });

  it("is not moved to the poor rate when its numbers happen to follow the poor's formula", () => {
    const grid = buildGrid([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo", "Tỷ lệ (%)"],
      [1, "Thôn 1", 126, 3, 5, 2.38],
      [2, "Thôn 2", 203, 11, 8, 5.42],
      [3, "Thôn 3", 97, 2, 4, 2.06],
    ]);
    expect(roles(only(detectTables(grid)))).toMatchObject({ nearPoor: "E", nearPoorRate: "F" });
  });
});

describe("headers written in both languages", () => {
  it("keep their roles, the index column among them", () => {
    const grid = buildGrid([
      [
        "STT / No.",
        "Thôn / Village",
        "Tổng số hộ / Households",
        "Số hộ nghèo / Poor households",
        "Tỷ lệ (%) / Rate (%)",
      ],
      [1, "Thôn 1", 126, 3, 2.38],
      [2, "Thôn 2", 203, 11, 5.42],
      [3, "Thôn 3", 97, 2, 2.06],
    ]);
    expect(roles(only(detectTables(grid)))).toEqual({
      index: "A",
      unit: "B",
      households: "C",
      poor: "D",
      poorRate: "E",
    });
  });
});

describe("decomposed Unicode (NFD) text", () => {
  it("reads headers and unit names as the composed text", () => {
    const nfd = (s: string): string => s.normalize("NFD");
    const grid = buildGrid([
      ["TT", nfd("Thôn"), nfd("Tổng số hộ"), nfd("Số hộ nghèo"), nfd("Tỷ lệ (%)")],
      [1, nfd("Thôn Đông"), 126, 3, 2.38],
      [2, nfd("Thôn Tây"), 203, nfd("khoảng 11"), 5.42],
    ]);
    const t = only(detectTables(grid));
    const data = readTable(grid, t);
    expect(data.units.map((u) => u.name)).toEqual(["Thôn Đông", "Thôn Tây"]);
    const bad = validateTable(data).find((i) => i.code === "NOT_A_NUMBER");
    expect(bad?.suggestion).toBe(11);
  });
});
