import { buildGrid } from "../../../tests/core/helpers/buildGrid";
import { rangeToA1, toColumnLetters } from "../address";
import type { RawValue } from "../model/cell";
import type { DetectFailureReason, DetectResult, TableLayout } from "../model/table";
import { detectTables } from "./detectTables";

const roles = (t: TableLayout): Record<string, string> =>
  Object.fromEntries(Object.entries(t.columns).map(([r, c]) => [r, toColumnLetters(c)]));

function only(result: DetectResult): TableLayout {
  if (!result.ok) throw new Error(`expected a table, got ${result.reason}`);
  expect(result.tables).toHaveLength(1);
  return result.tables[0] as TableLayout;
}

const UNITS: readonly (readonly [number, string, number, number, number, number])[] = [
  [1, "Thôn 1", 400, 100, 5, 5],
  [2, "Thôn 2", 300, 80, 4, 5],
  [3, "Thôn 3", 200, 50, 1, 2],
];

describe("detectTables: header wordings", () => {
  it.each([
    [
      "no diacritics, upper case",
      ["STT", "THON", "DAN SO", "TONG SO HO", "SO HO NGHEO", "TY LE HO NGHEO (%)"],
    ],
    [
      "Tổ dân phố / Số nhân khẩu",
      ["Số TT", "Tổ dân phố", "Số nhân khẩu", "Tổng số hộ dân cư", "Số hộ nghèo", "Tỷ lệ (%)"],
    ],
    [
      "Thôn/TDP",
      ["TT", "Thôn/TDP", "Số khẩu", "Tổng số hộ trên địa bàn", "Hộ nghèo", "Tỷ lệ hộ nghèo"],
    ],
    ["Đơn vị", ["TT", "Đơn vị", "Tổng dân số", "Tổng số hộ", "Số hộ nghèo", "Tỉ lệ %"]],
    ["Tên thôn", ["STT", "Tên thôn", "Nhân khẩu", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"]],
    [
      "Thôn, tổ dân phố",
      ["TT", "Thôn, tổ dân phố", "Dân số", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
    ],
    ["Xóm", ["TT", "Xóm", "Dân số", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"]],
    ["Bản", ["TT", "Bản", "Dân số", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"]],
    ["Ấp", ["TT", "Ấp", "Dân số", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"]],
    ["Khu phố", ["TT", "Khu phố", "Dân số", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"]],
    ["Khối phố", ["TT", "Khối phố", "Dân số", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"]],
    [
      "lower case with extra spaces",
      ["tt", "  thôn ", "tổng  dân số", "tổng số hộ", "số hộ   nghèo", "tỷ lệ (%)"],
    ],
  ])("one header row: %s", (_, header) => {
    const t = only(detectTables(buildGrid([header, ...UNITS, [null, "Tổng", 900, 230, 10, 4.35]])));
    expect(roles(t)).toEqual({
      index: "A",
      unit: "B",
      population: "C",
      households: "D",
      poor: "E",
      poorRate: "F",
    });
    expect(t.headerRows).toEqual([1, 1]);
    expect(t.dataRows).toEqual([2, 4]);
    expect(t.totalsRow).toBe(5);
  });

  it("reads 'Số hộ' and 'Tỷ lệ' under merged 'Hộ nghèo' / 'Hộ cận nghèo' groups", () => {
    const grid = buildGrid(
      [
        ["TT", "Tổ dân phố", "Tổng số hộ", "Hộ nghèo", null, "Hộ cận nghèo", null],
        [null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
        [1, "TDP 1", 100, 5, 5, 3, 3],
        [2, "TDP 2", 80, 4, 5, 2, 2.5],
        ["Cộng", null, 180, 9, 5, 5, 2.78],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"] }
    );
    const t = only(detectTables(grid));
    expect(roles(t)).toEqual({
      index: "A",
      unit: "B",
      households: "C",
      poor: "D",
      poorRate: "E",
      nearPoor: "F",
      nearPoorRate: "G",
    });
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.totalsRow).toBe(5);
  });

  it("maps near-poor cuts and projected rates from a three-row header", () => {
    const grid = buildGrid(
      [
        [
          "STT",
          "Thôn",
          "Tổng số hộ",
          "Đầu năm",
          null,
          "Chỉ tiêu giảm",
          null,
          null,
          null,
          "Dự kiến cuối năm",
          null,
        ],
        [
          null,
          null,
          null,
          "Hộ nghèo",
          "Hộ cận nghèo",
          "Hộ nghèo",
          null,
          "Hộ cận nghèo",
          null,
          "Tỷ lệ hộ nghèo (%)",
          "Tỷ lệ hộ cận nghèo (%)",
        ],
        [null, null, null, null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)", null, null],
        [1, "Thôn A", 100, 10, 8, 2, 2, 1, 1, 8, 7],
        [2, "Thôn B", 200, 10, 8, 2, 1, 1, 0.5, 4, 3.5],
      ],
      {
        merges: [
          "A1:A3",
          "B1:B3",
          "C1:C3",
          "D1:E1",
          "D2:D3",
          "E2:E3",
          "F1:I1",
          "F2:G2",
          "H2:I2",
          "J1:K1",
          "J2:J3",
          "K2:K3",
        ],
      }
    );
    const t = only(detectTables(grid));
    expect(roles(t)).toEqual({
      index: "A",
      unit: "B",
      households: "C",
      poor: "D",
      nearPoor: "E",
      poorCut: "F",
      poorCutRate: "G",
      nearPoorCut: "H",
      nearPoorCutRate: "I",
      projectedPoorRate: "J",
      projectedNearPoorRate: "K",
    });
    expect(t.headerRows).toEqual([1, 3]);
    expect(t.totalsRow).toBeNull();
  });

  it("takes 'Tỷ lệ hộ nghèo cuối năm' under a plan group as the projected rate", () => {
    const grid = buildGrid(
      [
        ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Kế hoạch giảm nghèo năm 2025", null, null],
        [null, null, null, null, "Số hộ", "Tỷ lệ giảm (%)", "Tỷ lệ hộ nghèo cuối năm (%)"],
        [1, "Thôn A", 100, 10, 2, 2, 8],
        [2, "Thôn B", 50, 5, 1, 2, 8],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"] }
    );
    expect(roles(only(detectTables(grid)))).toMatchObject({
      poorCut: "E",
      poorCutRate: "F",
      projectedPoorRate: "G",
    });
  });
});

describe("detectTables: more group layouts", () => {
  it("reads counts under a 'Số hộ' group and rates under a 'Tỷ lệ (%)' group", () => {
    const grid = buildGrid(
      [
        ["TT", "Thôn", "Số hộ", null, null, "Tỷ lệ (%)", null],
        [null, null, "Tổng số", "Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Hộ cận nghèo"],
        [1, "Thôn 1", 100, 5, 3, 5, 3],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:G1"] }
    );
    expect(roles(only(detectTables(grid)))).toEqual({
      index: "A",
      unit: "B",
      households: "C",
      poor: "D",
      nearPoor: "E",
      poorRate: "F",
      nearPoorRate: "G",
    });
  });

  it("takes the newer situation when two years' figures stand side by side (the older is last year's)", () => {
    const grid = buildGrid(
      [
        [
          "TT",
          "Thôn",
          "Tổng số hộ",
          "Hộ nghèo năm 2023",
          null,
          "Hộ nghèo năm 2024 (sau rà soát)",
          null,
        ],
        [null, null, null, "Số hộ", "Tỷ lệ %", "Số hộ", "Tỷ lệ %"],
        [1, "Thôn Đông", 100, 6, 6, 5, 5],
        [2, "Thôn Tây", 100, 4, 4, 3, 3],
        [null, "Tổng", 200, 10, 5, 8, 4],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"] }
    );
    expect(roles(only(detectTables(grid)))).toEqual({
      index: "A",
      unit: "B",
      households: "C",
      poor: "F",
      poorRate: "G",
    });
  });

  it("takes a flat 'Tỷ lệ hộ nghèo cuối năm' right of the cut column as the projected rate", () => {
    const grid = buildGrid([
      [
        "TT",
        "TEN THON",
        "TONG SO\nHO",
        "SO HO\nNGHEO",
        "TY LE\n%",
        "SO HO GIAM\nNGHEO",
        "TY LE HO NGHEO\nCUOI NAM",
      ],
      [1, "Thon 1", 100, 10, 10, 2, 8],
      [2, "Thon 2", 100, 5, 5, 1, 4],
      [null, "TONG CONG", 200, 15, 7.5, 3, 6],
    ]);
    expect(roles(only(detectTables(grid)))).toEqual({
      index: "A",
      unit: "B",
      households: "C",
      poor: "D",
      poorRate: "E",
      poorCut: "F",
      projectedPoorRate: "G",
    });
  });

  it("tells this year's situation from next year's projection by the group", () => {
    const grid = buildGrid(
      [
        ["TT", "Thôn", "Năm 2023", null, null, "Năm 2024 (dự kiến)", null],
        [null, null, "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ", "Số hộ nghèo", "Tỷ lệ"],
        [1, "Thôn 1", 100, 5, 5, 4, 4],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:G1"] }
    );
    expect(roles(only(detectTables(grid)))).toEqual({
      index: "A",
      unit: "B",
      households: "C",
      poor: "D",
      poorRate: "E",
      projectedPoorRate: "G",
    });
  });

  it("reads 'Số hộ thoát nghèo' and 'Tỷ lệ giảm' as the cut columns without a group", () => {
    const grid = buildGrid([
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Số hộ thoát nghèo",
        "Tỷ lệ hộ nghèo giảm (%)",
        "Tỷ lệ hộ nghèo còn lại (%)",
      ],
      [1, "A", 100, 5, 1, 1, 4],
    ]);
    expect(roles(only(detectTables(grid)))).toMatchObject({
      poorCut: "E",
      poorCutRate: "F",
      projectedPoorRate: "G",
    });
  });

  it("ignores extra columns (Ghi chú) and keeps the range to the mapped columns", () => {
    const grid = buildGrid([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Ghi chú"],
      [1, "A", 100, 5, "mới tách"],
      [2, "B", 100, 5, null],
    ]);
    const t = only(detectTables(grid));
    expect(rangeToA1(t.range)).toBe("A1:D3");
    expect(t.unitRows).toEqual([2, 3]);
  });
});

describe("detectTables: rows around the data", () => {
  it.each([
    ["(1) (2) …", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)"]],
    ["1 2 3 …", [1, 2, 3, 4, 5, 6]],
    ["A B 1 2 …", ["A", "B", 1, 2, 3, 4]],
  ])("puts a column-number row %s in the header", (_, numbers) => {
    const grid = buildGrid([
      ["TT", "Thôn", "Dân số", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
      numbers,
      ...UNITS,
    ]);
    const t = only(detectTables(grid));
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.dataRows).toEqual([3, 5]);
    expect(t.unitRows).toEqual([3, 4, 5]);
  });

  it("finds the column-number row even when stray cells widen the sheet far to the right", () => {
    const grid = buildGrid([
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Số hộ nghèo",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "x",
      ],
      ["(1)", "(2)", "(3)", "(4)"],
      [1, "Thôn 1", 100, 5],
    ]);
    expect(only(detectTables(grid)).headerRows).toEqual([1, 2]);
  });

  it("skips titles above, blank rows and sub-headings inside, notes and signatures below", () => {
    const grid = buildGrid([
      ["ỦY BAN NHÂN DÂN XÃ A"],
      ["PHỤ LỤC: KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2024"],
      [],
      ["TT", "Thôn", "Dân số", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
      ["I", "Khu vực thành thị"],
      [1, "Tổ 1", 400, 100, 5, 5],
      [],
      ["II", "Khu vực nông thôn"],
      [2, "Thôn 2", 300, 80, 4, 5],
      [3, "Thôn 3", 200, 50, 1, 2],
      [null, "Tổng cộng", 900, 230, 10, 4.35],
      [],
      ["Ghi chú: số liệu theo kết quả rà soát"],
      [null, null, null, "Người lập biểu"],
      [null, null, null, "Nguyễn Văn A"],
    ]);
    const t = only(detectTables(grid));
    expect(rangeToA1(t.range)).toBe("A4:F11");
    expect(t.unitRows).toEqual([6, 9, 10]);
    expect(t.dataRows).toEqual([6, 10]);
    expect(t.totalsRow).toBe(11);
  });

  it("keeps a sub-heading merged across the table out of the units", () => {
    const grid = buildGrid(
      [
        ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
        ["Vùng đặc biệt khó khăn", null, null, null],
        [1, "Thôn 1", 100, 5],
        [2, "Thôn 2", 80, 4],
      ],
      { merges: ["A2:D2"] }
    );
    expect(only(detectTables(grid)).unitRows).toEqual([3, 4]);
  });

  it.each([
    "Tổng",
    "Tổng:",
    "Cộng",
    "Tổng cộng",
    "Toàn xã",
    "Toàn phường",
    "Tổng số",
    "Total",
    "TỔNG CỘNG",
  ])("finds a totals row labelled %s above the data", (label) => {
    const grid = buildGrid([
      ["STT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [null, label, 230, 10],
      ...UNITS.map((u) => u.slice(0, 2).concat(u.slice(3, 5))),
    ]);
    const t = only(detectTables(grid));
    expect(t.totalsRow).toBe(2);
    expect(t.dataRows).toEqual([3, 5]);
    expect(rangeToA1(t.range)).toBe("A1:D5");
  });

  it("finds the totals label in the index column, merged over the unit column", () => {
    const grid = buildGrid(
      [
        ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
        ...UNITS.map((u) => [u[0], u[1], u[3], u[4]]),
        ["Tổng cộng", null, 230, 10],
      ],
      {
        merges: ["A5:B5"],
      }
    );
    expect(only(detectTables(grid)).totalsRow).toBe(5);
  });

  it("keeps a unit whose numbers are all missing when more units follow", () => {
    const grid = buildGrid([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Thôn 1", 100, 5],
      [2, "Thôn 2"],
      [3, "Thôn 3", 50, 1],
    ]);
    expect(only(detectTables(grid)).unitRows).toEqual([2, 3, 4]);
  });

  it("keeps villages whose names are made of unit words ('Bản Cũ', 'Khu Phố') as units", () => {
    const grid = buildGrid([
      ["TT", "Bản", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Bản Cũ", 100, 5],
      [2, "Khu Phố", 80, 4],
      [3, "Bản Mới", 50, 1],
    ]);
    expect(only(detectTables(grid)).unitRows).toEqual([2, 3, 4]);
  });

  it("keeps a village whose name starts like a note ('Nguồn Lộc') when it has numbers", () => {
    const grid = buildGrid([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Nguồn Lộc", 100, 5],
      [2, "Can Lộc", 80, 4],
      ["Nguồn: báo cáo rà soát"],
    ]);
    const t = only(detectTables(grid));
    expect(t.unitRows).toEqual([2, 3]);
    expect(rangeToA1(t.range)).toBe("A1:D3");
  });

  it("treats a row with text instead of a number as a unit", () => {
    const grid = buildGrid([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Thôn 1", 100, "4 hộ"],
      [2, "Thôn 2", 80, 2],
    ]);
    expect(only(detectTables(grid)).unitRows).toEqual([2, 3]);
  });
});

describe("detectTables: sub-totals and unlabelled totals", () => {
  it("skips section sub-totals and keeps the grand total", () => {
    const grid = buildGrid([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      ["I", "Khu vực thành thị"],
      [1, "Tổ 1", 100, 5],
      [2, "Tổ 2", 100, 5],
      [null, "Cộng khu vực thành thị", 200, 10],
      ["II", "Khu vực nông thôn"],
      [3, "Thôn 3", 50, 1],
      [null, "Cộng", 50, 1],
      [null, "Tổng cộng", 250, 11],
    ]);
    const t = only(detectTables(grid));
    expect(t.unitRows).toEqual([3, 4, 7]);
    expect(t.totalsRow).toBe(9);
  });

  it("keeps a village whose name starts like a total ('Cộng Hòa')", () => {
    const grid = buildGrid([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Cộng Hòa", 100, 5],
      [2, "Tổng Lung", 80, 4],
      [null, "Tổng", 180, 9],
    ]);
    const t = only(detectTables(grid));
    expect(t.unitRows).toEqual([2, 3]);
    expect(t.totalsRow).toBe(4);
  });

  it("takes a last row with no label whose counts equal the sums as the totals row", () => {
    const rows = [
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "A", 100, 5],
      [2, "B", 80, 4],
      [3, "C", 20, 1],
    ];
    expect(only(detectTables(buildGrid([...rows, [null, null, 200, 10]]))).totalsRow).toBe(5);
    const t = only(detectTables(buildGrid([...rows, [null, null, 201, 10]])));
    expect(t.totalsRow).toBeNull();
    expect(t.unitRows).toEqual([2, 3, 4, 5]);
  });

  it.each([
    "Địa bàn",
    "Tên đơn vị hành chính",
    "Thôn, bản",
    "Tổ dân phố/Khu phố",
    "Phum, sóc",
    "Khu dân cư số",
  ])("accepts the unit header %p", (unit) => {
    const t = only(
      detectTables(
        buildGrid([
          ["TT", unit, "Tổng số hộ", "Số hộ nghèo"],
          [1, "A", 100, 5],
        ])
      )
    );
    expect(t.columns.unit).toBe(2);
  });
});

describe("detectTables: a unit column with an unknown header", () => {
  it.each(["Tên", "Địa danh", "Nội dung", "Nơi cư trú"])(
    "takes the text column %p left of the counts, with less confidence",
    (unit) => {
      const grid = buildGrid(
        [
          ["STT", unit, "Tình hình hộ nghèo", null, null],
          [null, null, "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
          [1, "Đồng Tâm", 100, 5, 5],
          [2, "Đồng Xuân", 80, 4, 5],
          [null, "Tổng", 180, 9, 5],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:E1"] }
      );
      const t = only(detectTables(grid));
      expect(roles(t)).toEqual({
        index: "A",
        unit: "B",
        households: "C",
        poor: "D",
        poorRate: "E",
      });
      expect(t.headerRows).toEqual([1, 2]);
      expect(t.totalsRow).toBe(5);
      expect(t.confidence).toBeLessThan(0.9);
    }
  );
});

describe("detectTables: position and number of tables", () => {
  it("finds a table not starting in column A, on a grid whose used range starts at C3", () => {
    const grid = buildGrid(
      [
        ["Biểu 01"],
        [],
        [null, null, "STT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
        [null, null, 1, "Thôn 1", 100, 5, 5],
        [null, null, 2, "Thôn 2", 80, 4, 5],
        [null, null, null, "Tổng", 180, 9, 5],
      ],
      { at: "C3" }
    );
    const t = only(detectTables(grid));
    expect(rangeToA1(t.range)).toBe("E5:I8");
    expect(roles(t)).toEqual({ index: "E", unit: "F", households: "G", poor: "H", poorRate: "I" });
  });

  it("finds two stacked tables, each with its own layout", () => {
    const grid = buildGrid([
      ["Biểu 1: hộ nghèo"],
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Thôn 1", 100, 5],
      [2, "Thôn 2", 80, 4],
      [null, "Cộng", 180, 9],
      [],
      [],
      ["Biểu 2: hộ cận nghèo"],
      ["TT", "Tổ dân phố", "Tổng số hộ", "Số hộ cận nghèo"],
      [1, "Tổ 1", 60, 3],
      [2, "Tổ 2", 40, 2],
      [3, "Tổ 3", 50, 1],
    ]);
    const r = detectTables(grid);
    expect(r.ok && r.tables.map((t) => [rangeToA1(t.range), t.totalsRow, roles(t)])).toEqual([
      ["A2:D5", 5, { index: "A", unit: "B", households: "C", poor: "D" }],
      ["A9:D12", null, { index: "A", unit: "B", households: "C", nearPoor: "D" }],
    ]);
  });

  it("finds the second table right after the first without a gap or totals row", () => {
    const grid = buildGrid([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Thôn 1", 100, 5],
      ["TT", "Xóm", "Tổng số hộ", "Số hộ nghèo"],
      [1, "Xóm 1", 60, 3],
    ]);
    const r = detectTables(grid);
    expect(r.ok && r.tables.map((t) => t.unitRows)).toEqual([[2], [4]]);
  });

  it("keeps a group row above the header despite a stray number far to its right", () => {
    const grid = buildGrid(
      [
        [null, null, null, "Hộ nghèo", null, null, null, null, 2024],
        ["TT", "Thôn", "Tổng số hộ", "Số hộ", "Tỷ lệ (%)"],
        [1, "Thôn 1", 100, 5, 5],
      ],
      { merges: ["D1:E1"] }
    );
    const t = only(detectTables(grid));
    expect(t.headerRows).toEqual([1, 2]);
    expect(roles(t)).toEqual({ index: "A", unit: "B", households: "C", poor: "D", poorRate: "E" });
  });

  it("finds two tables side by side", () => {
    const grid = buildGrid([
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Số hộ nghèo",
        null,
        "TT",
        "Xóm",
        "Tổng số hộ",
        "Số hộ cận nghèo",
      ],
      [1, "Thôn 1", 100, 5, null, 1, "Xóm 1", 60, 3],
      [2, "Thôn 2", 80, 4, null, 2, "Xóm 2", 40, 2],
      [null, "Tổng", 180, 9, null, null, "Tổng", 100, 5],
    ]);
    const r = detectTables(grid);
    expect(r.ok && r.tables.map((t) => [rangeToA1(t.range), t.totalsRow])).toEqual([
      ["A1:D4", 4],
      ["F1:I4", 4],
    ]);
  });

  it("accepts group headers above a unit header that is not merged", () => {
    const grid = buildGrid(
      [
        ["DANH SÁCH"],
        [null, null, null, "Hộ nghèo", null],
        ["TT", "Thôn", "Tổng số hộ", "Số hộ", "Tỷ lệ (%)"],
        [1, "Thôn 1", 100, 5, 5],
      ],
      { merges: ["D2:E2"] }
    );
    const t = only(detectTables(grid));
    expect(t.headerRows).toEqual([2, 3]);
    expect(roles(t)).toEqual({ index: "A", unit: "B", households: "C", poor: "D", poorRate: "E" });
  });
});

describe("detectTables: failures", () => {
  it.each<[string, DetectFailureReason, RawValue[][]]>([
    ["an empty sheet", "EMPTY_SHEET", [[null, ""], ["  "]]],
    ["text without a header", "NO_HEADER", [["Báo cáo tháng"], ["Nội dung"]]],
    [
      "counts without a unit column",
      "NO_UNIT_COLUMN",
      [
        ["Tổng số hộ", "Số hộ nghèo"],
        [100, 5],
      ],
    ],
    [
      "a unit column without counts",
      "NO_COUNT_COLUMNS",
      [
        ["Thôn", "Ghi chú"],
        ["Thôn 1", "x"],
      ],
    ],
    [
      "a header without data",
      "NO_DATA_ROWS",
      [["Thôn", "Tổng số hộ", "Số hộ nghèo"], [], ["Ghi chú: chưa có số liệu"]],
    ],
  ])("reports %s", (_, reason, rows) => {
    const r = detectTables(buildGrid(rows));
    expect(r).toEqual(expect.objectContaining({ ok: false, reason }));
    expect(!r.ok && r.confidence).toBeLessThan(0.5);
  });

  it("handles a grid with no rows at all", () => {
    expect(
      detectTables({
        sheet: "S",
        top: 1,
        left: 1,
        values: [],
        formulas: [],
        numberFormats: [],
        merges: [],
      })
    ).toEqual(expect.objectContaining({ ok: false, reason: "EMPTY_SHEET" }));
  });
});
