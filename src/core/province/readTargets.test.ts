import type { Grid, RawValue } from "../model";
import { readTargets } from "./readTargets";

const gridOf = (rows: RawValue[][], formats?: string[][]): Grid => ({
  sheet: "Chỉ tiêu",
  top: 1,
  left: 1,
  values: rows,
  formulas: rows.map((r) => r.map(() => null)),
  numberFormats: formats ?? rows.map((r) => r.map(() => "General")),
  merges: [],
});

describe("readTargets: the province's assignment in its usual wordings", () => {
  test.each([
    ["Xã, phường", "Chỉ tiêu giảm hộ nghèo (hộ)"],
    ["Tên xã", "Số hộ giảm nghèo giao"],
    ["Đơn vị", "Kế hoạch giảm nghèo năm 2025"],
    ["Xa/phuong", "Chi tieu giao"],
  ])("%s / %s: households", (nameHeader, targetHeader) => {
    const read = readTargets([
      gridOf([
        ["CHỈ TIÊU GIẢM NGHÈO NĂM 2025", null, null],
        ["TT", nameHeader, targetHeader],
        [1, "Xã Bình Lương", 10],
        [2, "phường Hòa Bình", "16 hộ"],
        [null, "Tổng cộng", 26],
      ]),
    ]);
    expect(read?.targets).toEqual([
      { name: "Xã Bình Lương", row: 3, input: { kind: "households", households: 10 } },
      { name: "phường Hòa Bình", row: 4, input: { kind: "households", households: 16 } },
    ]);
  });

  test("rates: a rate column in percent points, a % format, and text with a decimal comma", () => {
    const read = readTargets([
      gridOf(
        [
          ["Xã", "Tỷ lệ giảm nghèo giao (%)"],
          ["Bình Lương", 1.37],
          ["Phổ Minh", "1,11%"],
          ["Yên Hòa", 0.012],
          ["Ân Phú", "0,5"],
        ],
        [
          ["General", "General"],
          ["General", "0.00"],
          ["General", "General"],
          ["General", "0.00%"],
          ["General", "General"],
        ]
      ),
    ]);
    expect(read?.targets.map((t) => t.input)).toEqual([
      { kind: "rate", rate: 1.37 },
      { kind: "rate", rate: 1.11 },
      { kind: "rate", rate: 1.2 },
      { kind: "rate", rate: 0.5 },
    ]);
  });

  test("households first when both a households and a rate column are filled", () => {
    const read = readTargets([
      gridOf([
        ["Tên đơn vị", "Chỉ tiêu giảm (hộ)", "Tỷ lệ giảm (%)"],
        ["Bình Lương", 10, 1.37],
        ["Phổ Minh", null, "1,11%"],
      ]),
    ]);
    expect(read?.targets.map((t) => t.input)).toEqual([
      { kind: "households", households: 10 },
      { kind: "rate", rate: 1.11 },
    ]);
  });

  test("a sheet without a header is read as two columns: name, then target", () => {
    const read = readTargets([
      gridOf([
        ["Bình Lương", 10],
        ["Phổ Minh", "1,11%"],
      ]),
    ]);
    expect(read?.targets.map((t) => [t.name, t.input.kind])).toEqual([
      ["Bình Lương", "households"],
      ["Phổ Minh", "rate"],
    ]);
  });

  test("an unreadable target is reported with its row, not guessed", () => {
    const read = readTargets([
      gridOf([
        ["Xã", "Chỉ tiêu giảm hộ nghèo"],
        ["Bình Lương", "khoảng 10"],
        ["Phổ Minh", 12],
      ]),
    ]);
    expect(read?.unreadable).toEqual([{ sheet: "Chỉ tiêu", row: 2, name: "Bình Lương" }]);
    expect(read?.targets).toHaveLength(1);
  });

  test("null when no sheet lists communes with targets; generated sheets are skipped", () => {
    expect(readTargets([gridOf([["KẾ HOẠCH"], ["nội dung"]])])).toBeNull();
    expect(
      readTargets([
        {
          ...gridOf([
            ["Xã", "Chỉ tiêu"],
            ["A", 1],
          ]),
          generated: "province",
        },
      ])
    ).toBeNull();
  });
});
