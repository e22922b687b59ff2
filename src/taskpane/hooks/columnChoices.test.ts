import type { Grid, TableLayout } from "../../core";
import { columnChoices } from "./columnChoices";

const grid: Grid = {
  sheet: "Phụ lục",
  top: 5,
  left: 1,
  values: [
    ["TT", "Thôn", "Công tác giảm nghèo", null],
    [null, null, "Hộ nghèo", null],
    [null, null, "Số hộ", "Tỷ lệ (%)"],
    ["(1)", "(2)", "(3)", "(4)"],
  ],
  formulas: [],
  numberFormats: [],
  merges: [
    { top: 5, left: 1, bottom: 7, right: 1 },
    { top: 5, left: 2, bottom: 7, right: 2 },
    { top: 5, left: 3, bottom: 5, right: 4 },
    { top: 6, left: 3, bottom: 6, right: 4 },
  ],
};

const layout = { headerRows: [5, 8] } as unknown as TableLayout;

test("header text of every column, spread over merges, without repeats or the column-number row", () => {
  expect(columnChoices(grid, layout)).toEqual([
    { col: 1, letter: "A", header: "TT", short: "TT" },
    { col: 2, letter: "B", header: "Thôn", short: "Thôn" },
    { col: 3, letter: "C", header: "Công tác giảm nghèo / Hộ nghèo / Số hộ", short: "Số hộ" },
    {
      col: 4,
      letter: "D",
      header: "Công tác giảm nghèo / Hộ nghèo / Tỷ lệ (%)",
      short: "Tỷ lệ (%)",
    },
  ]);
});
