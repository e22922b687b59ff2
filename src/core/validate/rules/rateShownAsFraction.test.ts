import { buildGrid } from "../../../../tests/core/helpers/buildGrid";
import { detectTables } from "../../detect/detectTables";
import { buildFixPlan } from "../../fix/buildFixPlan";
import type { Grid } from "../../model/grid";
import { readTable } from "../../read/readTable";
import { formatIssue } from "../../report/formatIssue";
import { validateTable } from "../validateTable";

/** Rates stored as plain fractions (0.0238 for 2.38 %) in General format: the printed sheet shows "0,0238" under "(%)". */
const PLAIN = buildGrid([
  ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)", "Số hộ giảm", "Tỷ lệ giảm (%)"],
  [1, "Thôn 1", 126, 3, 0.0238, 1, 0.0079],
  [2, "Thôn 2", 203, 11, 0.0542, 3, 0.0148],
  [3, "Thôn 3", 97, 2, 0.0206, 0, 0],
  [null, "Tổng", 426, 16, 0.0376, 4, 0.0094],
]);

function dataOf(grid: Grid) {
  const r = detectTables(grid);
  if (!r.ok) throw new Error(r.reason);
  return readTable(grid, r.tables[0]!);
}

describe("RATE_SHOWN_AS_FRACTION", () => {
  it("is one warning per plain-fraction rate column, on its first cell; the values are read as fractions", () => {
    const data = dataOf(PLAIN);
    const issues = validateTable(data);
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.actual])).toEqual([
      ["RATE_SHOWN_AS_FRACTION", "warning", "E2", 0.0238],
      ["RATE_SHOWN_AS_FRACTION", "warning", "G2", 0.0079],
    ]);
    expect(formatIssue(issues[0]!, "vi")).toBe(
      "Ô E2 (Tỷ lệ hộ nghèo) ghi tỷ lệ dạng phân số (0,0238, tức 2,38%) nhưng cột không có định dạng %: bản in sẽ hiện 0,0238 dưới tiêu đề (%). Hãy định dạng cột theo % (lệnh giamngheo fix hoặc nút “Sửa tất cả”); số liệu không đổi."
    );
    expect(formatIssue(issues[1]!, "en")).toMatch(
      /^Cell G2 \(.*\) holds the rate as a fraction \(0\.0079, i\.e\. 0\.79%\)/
    );
  });

  it("is not reported when the column has a percent format", () => {
    const formats = Object.fromEntries(
      ["E", "G"].flatMap((c) => [2, 3, 4, 5].map((r) => [`${c}${r}`, "0.00%"]))
    );
    const grid = buildGrid(
      PLAIN.values.map((r) => [...r]),
      { formats }
    );
    expect(validateTable(dataOf(grid))).toEqual([]);
  });

  it("fix gives the column a percent format and changes no value", () => {
    const plan = buildFixPlan(dataOf(PLAIN), { formulas: false });
    const writes = plan.sheets[0]!.writes.filter((w) => w.col === 5 || w.col === 7);
    expect(writes.map((w) => `${w.row}:${w.col}`).sort()).toEqual(
      ["2:5", "3:5", "4:5", "5:5", "2:7", "3:7", "4:7", "5:7"].sort()
    );
    for (const w of writes) {
      expect(w.numberFormat).toBe("0.00%");
      const before = PLAIN.values[w.row - 1]![w.col - 1];
      if (w.cell && "value" in w.cell) expect(w.cell.value).toBe(before);
    }
  });
});
