import { buildTable } from "../../../tests/core/helpers/buildTable";
import { readFigures } from "../summary/readFigures";
import { buildNarrative } from "./buildNarrative";
import { pairNearPoorTable, withNearPoorTable } from "./nearPoorTable";

const POOR = buildTable([
  ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
  [1, "Thôn 1", 300, 20, 6.67],
  [2, "Thôn 2", 429, 12, 2.8],
]);
/** The same commune's near-poor households, kept on another sheet. */
const NEAR = buildTable([
  [
    "TT",
    "Thôn",
    "Tổng số hộ",
    "Số hộ cận nghèo",
    "Tỷ lệ (%)",
    "Phấn đấu giảm (hộ)",
    "Tỷ lệ giảm (%)",
  ],
  [1, "Thôn 1", 300, 9, 3, 2, 0.67],
  [2, "Thôn 2", 429, 12, 2.8, 3, 0.7],
]);

test("a near-poor table on another sheet feeds the near-poor sentences", () => {
  const f = readFigures(POOR);
  if (!f.ok) throw new Error("unreadable");
  const text = buildNarrative(withNearPoorTable(f.value, NEAR), { year: 2025 }).join("\n");
  expect(text).toContain("Số hộ cận nghèo toàn xã là 21 hộ, chiếm tỷ lệ 2,88%.");
  expect(text).toContain(
    "tỷ lệ hộ cận nghèo cuối năm 2025 từ 2,88% xuống còn 2,19%, tương đương 5 hộ"
  );
});

test("the appendix's own near-poor column wins over another table", () => {
  const withNear = buildTable([
    ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo"],
    [1, "Thôn 1", 300, 20, 1],
  ]);
  const f = readFigures(withNear);
  if (!f.ok) throw new Error("unreadable");
  expect(withNearPoorTable(f.value, NEAR).commune.nearPoor).toBe(1);
});

test("pairNearPoorTable: one poor table and one near-poor-only table are an appendix and its near-poor part", () => {
  expect(pairNearPoorTable([POOR, NEAR])).toEqual({ appendix: POOR, nearPoor: NEAR });
  expect(pairNearPoorTable([NEAR, POOR])).toEqual({ appendix: POOR, nearPoor: NEAR });
  expect(pairNearPoorTable([POOR, POOR])).toBeNull();
  expect(pairNearPoorTable([POOR])).toBeNull();
});
