import type { Grid, RawValue } from "../model";
import { readCommune } from "./readCommune";

const gridOf = (sheet: string, rows: RawValue[][]): Grid => ({
  sheet,
  top: 1,
  left: 1,
  values: rows,
  formulas: rows.map((r) => r.map(() => null)),
  numberFormats: rows.map((r) => r.map(() => "General")),
  merges: [],
});

const HEADER: RawValue[][] = [
  ["UBND XÃ HƯNG BÌNH", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["PHỤ LỤC: GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2025", null, null, null, null, null],
  ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)", "Số hộ giảm nghèo"],
];

describe("readCommune", () => {
  test("a merged commune's figures are the sums of its units, never of group sub-totals or the totals row", () => {
    const r = readCommune(
      [
        gridOf("Phụ lục", [
          ...HEADER,
          ["I", "Xã Hưng Thịnh (cũ)", null, null, null, null],
          [1, "Thôn 1", 100, 5, 5, 1],
          [2, "Thôn 2", 200, 4, 2, 2],
          [null, "Cộng xã Hưng Thịnh (cũ)", 300, 9, 3, 3],
          ["II", "Xã Bình An (cũ)", null, null, null, null],
          [3, "Thôn 3", 50, 2, 4, 1],
          [null, "Cộng xã Bình An (cũ)", 50, 2, 4, 1],
          [null, "Tổng cộng", 999, 11, 3.14, 4],
        ]),
      ],
      "hung-binh.xlsx"
    );
    expect(r.readable).toBe(true);
    if (!r.readable) return;
    expect(r.name).toBe("xã Hưng Bình");
    expect(r.counts).toMatchObject({ households: 350, poor: 11, poorCut: 4 });
    expect(r.units).toBe(3);
    expect(r.errors).toBeGreaterThan(0);
    expect(r.firstIssue?.code).toBe("TOTAL_MISMATCH");
  });

  test("a workbook with no appendix is unreadable with the reason, still named from its title", () => {
    const plain = readCommune(
      [gridOf("KH", [["UBND XÃ AN PHÚ"], ["Kế hoạch năm 2025"]])],
      "a.xlsx"
    );
    expect(plain).toMatchObject({
      readable: false,
      name: "xã An Phú",
      problem: { kind: "noAppendix" },
    });
  });

  test("generated sheets are never read as the commune's appendix", () => {
    const summary = {
      ...gridOf("Tổng hợp", [...HEADER, [1, "Thôn 1", 100, 5, 5, 1], [2, "Thôn 2", 100, 5, 5, 1]]),
      generated: "summary",
    };
    expect(readCommune([summary], "c.xlsx")).toMatchObject({
      readable: false,
      problem: { kind: "noAppendix" },
    });
  });
});
