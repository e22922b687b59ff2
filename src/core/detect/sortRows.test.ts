import { buildGrid } from "../../../tests/core/helpers/buildGrid";
import type { RawValue } from "../model/cell";
import type { TableLayout } from "../model/table";
import { readTable } from "../read/readTable";
import { validateTable } from "../validate/validateTable";
import { detectTables } from "./detectTables";

const HEAD: RawValue[] = ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"];

function only(rows: RawValue[][], merges: string[] = []): TableLayout {
  const r = detectTables(buildGrid(rows, { merges }));
  if (!r.ok) throw new Error(r.reason);
  return r.tables[0] as TableLayout;
}

function codes(rows: RawValue[][], merges: string[] = []): string[] {
  const grid = buildGrid(rows, { merges });
  const r = detectTables(grid);
  if (!r.ok) throw new Error(r.reason);
  return validateTable(readTable(grid, r.tables[0] as TableLayout)).map(
    (i) => `${i.code}@${i.cell}`
  );
}

const shape = (t: TableLayout) => ({
  units: t.unitRows,
  totals: t.totalsRow,
  groups: (t.groups ?? []).map((g) => [g.name, g.headingRow, g.subtotalRow, g.unitRows]),
  skipped: (t.skippedRows ?? []).map((s) => `${s.row}:${s.kind}`),
});

describe("row kinds: merged communes", () => {
  const rows: RawValue[][] = [
    HEAD,
    [null, "TOÀN XÃ", 400, 20, 5],
    ["I", "Xã Hưng Thịnh (cũ)", 250, 15, 6],
    [1, "Thôn 1", 100, 5, 5],
    [2, "Thôn 2", 150, 10, 6.67],
    ["II", "Xã Hưng Lợi (cũ)", 150, 5, 3.33],
    [3, "Thôn 3", 70, 2, 2.86],
    [4, "Thôn 4", 80, 3, 3.75],
  ];

  it("reads TOÀN XÃ first as the totals and each former commune's row as its heading with its sub-total", () => {
    expect(shape(only(rows))).toEqual({
      units: [4, 5, 7, 8],
      totals: 2,
      groups: [
        ["Xã Hưng Thịnh (cũ)", 3, 3, [4, 5]],
        ["Xã Hưng Lợi (cũ)", 6, 6, [7, 8]],
      ],
      skipped: ["3:subtotal", "6:subtotal"],
    });
    expect(codes(rows)).toEqual([]);
  });

  it("reports a wrong sub-total as SUBTOTAL_MISMATCH naming the group, never TOTAL_MISMATCH", () => {
    const wrong = rows.map((r) => [...r]);
    (wrong[2] as RawValue[])[3] = 16;
    const grid = buildGrid(wrong);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    const issues = validateTable(readTable(grid, r.tables[0] as TableLayout));
    expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual(["SUBTOTAL_MISMATCH@D3"]);
    expect(issues[0]?.params).toMatchObject({ group: "Xã Hưng Thịnh (cũ)", place: "subtotal" });
  });

  it("reads a former commune's sub-total on a 'Cộng xã … (cũ)' row below its villages", () => {
    const t = only([
      HEAD,
      ["I", "Xã Hưng Thịnh (cũ)"],
      [1, "Thôn 1", 100, 5, 5],
      [2, "Thôn 2", 150, 10, 6.67],
      [null, "Cộng xã Hưng Thịnh (cũ)", 250, 15, 6],
      ["II", "Xã Hưng Lợi (cũ)"],
      [3, "Thôn 3", 70, 2, 2.86],
      [null, "Cộng xã Hưng Lợi (cũ)", 70, 2, 2.86],
      [null, "Tổng cộng", 320, 17, 5.31],
    ]);
    expect(shape(t)).toEqual({
      units: [3, 4, 7],
      totals: 9,
      groups: [
        ["Xã Hưng Thịnh (cũ)", 2, 5, [3, 4]],
        ["Xã Hưng Lợi (cũ)", 6, 8, [7]],
      ],
      skipped: ["2:heading", "5:subtotal", "6:heading", "8:subtotal"],
    });
  });

  it("reads 'Cộng xã … (cũ)' rows above their villages, without headings", () => {
    const t = only([
      HEAD,
      [null, "Cộng xã Hưng Thịnh (cũ)", 250, 15, 6],
      [1, "Thôn 1", 100, 5, 5],
      [2, "Thôn 2", 150, 10, 6.67],
      [null, "Cộng xã Hưng Lợi (cũ)", 150, 5, 3.33],
      [3, "Thôn 3", 70, 2, 2.86],
      [4, "Thôn 4", 80, 3, 3.75],
      [null, "Tổng cộng", 400, 20, 5],
    ]);
    expect(shape(t).groups).toEqual([
      ["Xã Hưng Thịnh (cũ)", null, 2, [3, 4]],
      ["Xã Hưng Lợi (cũ)", null, 5, [6, 7]],
    ]);
    expect(t.totalsRow).toBe(8);
  });
});

describe("row kinds: wards, clusters, tiểu khu", () => {
  it("reads label-only 'I | Khu phố 1' headings as headings, not residential groups with empty cells", () => {
    const rows: RawValue[][] = [
      ["STT", "Tổ dân phố", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
      ["I", "Khu phố 1"],
      [1, "Tổ dân phố 1", 100, 5, 5],
      [2, "Tổ dân phố 2", 150, 10, 6.67],
      ["II", "Khu phố 2"],
      [3, "Tổ dân phố 3", 70, 2, 2.86],
      [null, "Toàn phường", 320, 17, 5.31],
    ];
    expect(shape(only(rows)).groups).toEqual([
      ["Khu phố 1", 2, null, [3, 4]],
      ["Khu phố 2", 5, null, [6]],
    ]);
    expect(codes(rows)).toEqual([]);
  });

  it.each([
    ["Khu phố 3", "Tổ 1"],
    ["Cụm 2", "Thôn 1"],
    ["Tiểu khu 1", "Bản Nà"],
  ])("reads a blank-index heading %p over %p units", (heading, unit) => {
    const rows: RawValue[][] = [
      HEAD,
      [null, heading],
      [1, `${unit}`, 100, 5, 5],
      [2, `${unit} B`, 150, 10, 6.67],
      [null, "Tổng", 250, 15, 6],
    ];
    expect(shape(only(rows)).groups).toEqual([[heading, 2, null, [3, 4]]]);
    expect(codes(rows)).toEqual([]);
  });

  it("keeps a unit with empty cells as a unit (MISSING_VALUE) when its kind is the units' kind", () => {
    const rows: RawValue[][] = [
      HEAD,
      [1, "Tiểu khu 1", 100, 5, 5],
      [2, "Tiểu khu 2"],
      [3, "Tiểu khu 3", 150, 10, 6.67],
    ];
    expect(only(rows).unitRows).toEqual([2, 3, 4]);
    expect(only(rows).groups).toBeUndefined();
  });

  it("reads letter-indexed groups 'a', 'b' with a sub-total on the heading row found by its arithmetic", () => {
    const rows: RawValue[][] = [
      HEAD,
      ["a", "Khu phố Bắc", 250, 15, 6],
      [1, "Tổ 1", 100, 5, 5],
      [2, "Tổ 2", 150, 10, 6.67],
      ["b", "Khu phố Nam", 70, 2, 2.86],
      [3, "Tổ 3", 70, 2, 2.86],
      [null, "Tổng cộng", 320, 17, 5.31],
    ];
    expect(shape(only(rows)).groups).toEqual([
      ["Khu phố Bắc", 2, 2, [3, 4]],
      ["Khu phố Nam", 5, 5, [6]],
    ]);
    expect(codes(rows)).toEqual([]);
  });
});

describe("row kinds: breakdowns", () => {
  const rows: RawValue[][] = [
    HEAD,
    [1, "Thôn 1", 1000, 50, 5],
    [2, "Thôn 2", 700, 32, 4.57],
    [null, "Tổng cộng", 1700, 82, 4.82],
    [null, "Trong đó: hộ DTTS", 1010, 68, 6.73],
  ];

  it("reads 'Trong đó: hộ DTTS' under the totals as a breakdown, and the totals row as the totals", () => {
    expect(shape(only(rows))).toEqual({
      units: [2, 3],
      totals: 4,
      groups: [],
      skipped: ["5:breakdown"],
    });
    expect(only(rows).breakdowns).toEqual([{ row: 5, parentRow: 4 }]);
    expect(codes(rows)).toEqual([]);
  });

  it("reports a breakdown above the row it splits", () => {
    const wrong = rows.map((r) => [...r]);
    (wrong[4] as RawValue[])[3] = 90;
    expect(codes(wrong)).toEqual(["BREAKDOWN_EXCEEDS_PARENT@D5"]);
  });

  it("reads '- Hộ …' items under a unit and under a 'Trong đó:' line as breakdowns of that unit", () => {
    const t = only([
      HEAD,
      [1, "Thôn 1", 1000, 50, 5],
      [null, "Trong đó:"],
      [null, "- Hộ DTTS", 300, 20, 6.67],
      [null, "- Hộ có người có công", 20, 1, 5],
      [2, "Thôn 2", 700, 32, 4.57],
      [null, "Tổng", 1700, 82, 4.82],
    ]);
    expect(shape(t)).toMatchObject({ units: [2, 6], totals: 7 });
    expect(t.breakdowns).toEqual([
      { row: 4, parentRow: 2 },
      { row: 5, parentRow: 2 },
    ]);
  });

  it("keeps units named '+1', '-2' as units when they are numbered like the other units", () => {
    const t = only([HEAD, [1, "+1", 100, 5, 5], [2, "-2", 150, 10, 6.67], [3, "Thôn 3", 50, 1, 2]]);
    expect([t.unitRows, t.breakdowns]).toEqual([[2, 3, 4], undefined]);
  });

  it("keeps units listed with a dash ('- Thôn 1') as units", () => {
    const t = only([HEAD, [1, "- Thôn 1", 100, 5, 5], [2, "- Thôn 2", 150, 10, 6.67]]);
    expect(t.unitRows).toEqual([2, 3]);
  });
});
