import { buildGrid } from "../../../tests/core/helpers/buildGrid";
import type { RawValue } from "../model/cell";
import { detectTables } from "./detectTables";

const HEAD: RawValue[] = ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"];
const UNITS: RawValue[][] = [
  [1, "Thôn A", 100, 5],
  [2, "Thôn B", 80, 4],
  [3, "Thôn C", 60, 1],
];

function layout(rows: RawValue[][]) {
  const r = detectTables(buildGrid(rows));
  if (!r.ok) throw new Error(r.reason);
  const t = r.tables[0]!;
  return { units: t.unitRows, totals: t.totalsRow };
}

describe("totals rows found by their arithmetic", () => {
  it("an unlabelled first row equal to the sums below is the totals row on top", () => {
    expect(layout([HEAD, [null, null, 240, 10], ...UNITS])).toEqual({
      units: [3, 4, 5],
      totals: 2,
    });
  });

  it("a last row under an unknown label ('Cộng chung') equal to the sums is the totals row", () => {
    expect(layout([HEAD, ...UNITS, [null, "Cộng chung", 240, 10]])).toEqual({
      units: [2, 3, 4],
      totals: 5,
    });
  });

  it("with only two other rows, a named unit equal to their sum stays a unit", () => {
    expect(layout([HEAD, ...UNITS.slice(0, 2), [3, "Thôn Lớn", 180, 9]])).toEqual({
      units: [2, 3, 4],
      totals: null,
    });
  });

  it("a last row not equal to the sums stays a unit", () => {
    expect(layout([HEAD, ...UNITS, [null, "Cộng chung", 241, 10]])).toEqual({
      units: [2, 3, 4, 5],
      totals: null,
    });
  });
});
