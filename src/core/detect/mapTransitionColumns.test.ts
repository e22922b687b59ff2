import { buildGrid } from "../../../tests/core/helpers/buildGrid";
import { buildTable } from "../../../tests/core/helpers/buildTable";
import { isTransitionsTable } from "../transitions/isTransitionsTable";
import { validateTable } from "../validate/validateTable";
import { detectTables } from "./detectTables";

describe("transitions table detection (Mẫu số 3 header)", () => {
  const rows = [
    [
      "TT",
      "Thôn",
      "Tổng số hộ",
      "Hộ nghèo đầu năm",
      null,
      "Thoát nghèo",
      null,
      "Tái nghèo",
      null,
      "Phát sinh mới",
      null,
      "Hộ nghèo cuối năm",
      null,
      "Hộ cận nghèo đầu năm",
      "Thoát cận nghèo",
      "Cận nghèo phát sinh",
      "Hộ cận nghèo cuối năm",
    ],
    [
      null,
      null,
      null,
      "Số hộ",
      "Tỷ lệ (%)",
      "Số hộ",
      "Tỷ lệ (%)",
      "Số hộ",
      "Tỷ lệ (%)",
      "Số hộ",
      "Tỷ lệ (%)",
      "Số hộ",
      "Tỷ lệ (%)",
      null,
      null,
      null,
      null,
    ],
    [1, "Thôn A", 100, 10, 10, 3, 3, 1, 1, 1, 1, 9, 9, 5, 1, 2, 6],
    [2, "Thôn B", 50, 5, 10, 1, 2, 0, 0, 0, 0, 4, 8, 2, 0, 0, 2],
    [null, "Tổng", 150, 15, 10, 4, 2.67, 1, 0.67, 1, 0.67, 13, 8.67, 7, 1, 2, 8],
  ];
  const merges = [
    "D1:E1",
    "F1:G1",
    "H1:I1",
    "J1:K1",
    "L1:M1",
    "A1:A2",
    "B1:B2",
    "C1:C2",
    "N1:N2",
    "O1:O2",
    "P1:P2",
    "Q1:Q2",
  ];

  it("maps every movement, for the poor and the near-poor, and checks clean", () => {
    const data = buildTable(rows, { merges });
    expect(data.layout.columns).toEqual({
      index: 1,
      unit: 2,
      households: 3,
      poor: 4,
      poorRate: 5,
      poorExited: 6,
      poorExitedRate: 7,
      poorReentered: 8,
      poorReenteredRate: 9,
      poorNew: 10,
      poorNewRate: 11,
      poorEnd: 12,
      poorEndRate: 13,
      nearPoor: 14,
      nearPoorExited: 15,
      nearPoorNew: 16,
      nearPoorEnd: 17,
    });
    expect(isTransitionsTable(data.layout)).toBe(true);
    expect(validateTable(data)).toEqual([]);
  });

  it("a near-poor row that does not add up is flagged at its ending cell", () => {
    const bad = rows.map((r) => [...r]);
    (bad[3] as unknown[])[16] = 3; // Thôn B: 2 − 0 + 0 = 2, says 3
    const issues = validateTable(buildTable(bad, { merges }));
    expect(issues).toEqual([
      expect.objectContaining({ code: "TRANSITION_MISMATCH", cell: "Q4", actual: 3, expected: 2 }),
      expect.objectContaining({ code: "TOTAL_MISMATCH", cell: "Q5" }),
    ]);
  });

  it("an appendix whose cut is headed “thoát nghèo” stays an appendix", () => {
    const data = buildTable([
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Số hộ nghèo",
        "Chỉ tiêu số hộ thoát nghèo",
        "Tỷ lệ hộ nghèo cuối năm (%)",
      ],
      [1, "A", 100, 4, 1, 3],
      [null, "Tổng", 100, 4, 1, 3],
    ]);
    expect(isTransitionsTable(data.layout)).toBe(false);
    expect(data.layout.columns.poorCut).toBe(5);
  });

  it("is found beside an appendix on the same sheet", () => {
    const grid = buildGrid([
      ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ giảm nghèo"],
      [1, "A", 100, 4, 1],
      [null, "Tổng", 100, 4, 1],
      [],
      [],
      [
        "TT",
        "Thôn",
        "Tổng số hộ",
        "Số hộ nghèo đầu năm",
        "Số hộ thoát nghèo",
        "Số hộ tái nghèo",
        "Số hộ nghèo phát sinh",
        "Số hộ nghèo cuối năm",
      ],
      [1, "A", 100, 5, 2, 0, 1, 4],
      [null, "Tổng", 100, 5, 2, 0, 1, 4],
    ]);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    expect(r.tables.map(isTransitionsTable)).toEqual([false, true]);
  });
});
