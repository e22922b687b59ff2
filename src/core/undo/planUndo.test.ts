import { formatUndoResult } from "./formatUndoResult";
import { rowKeysOf } from "./follow";
import { editedCells, planSheetUndo, undoOutcome } from "./planUndo";
import type { JournalSheet, SheetNow } from "./types";

/** A sheet of values from A1 (no formulas, General formats). */
function sheet(rows: (string | number | null)[][]): SheetNow {
  return {
    top: 1,
    left: 1,
    values: rows,
    formulas: rows.map((r) => r.map(() => null)),
    numberFormats: rows.map((r) => r.map(() => "General")),
  };
}

/** Villages: TT, name, households, cut (column D, written by the plan). */
const before = sheet([
  ["TT", "Thôn", "Số hộ", "Giảm"],
  [1, "Quang Trung", 120, null],
  [2, "Làng Mài", 98, null],
  [3, "Bản Cải", 150, null],
]);
const cuts = new Map([
  [2, 3],
  [3, 2],
  [4, 5],
]);

/** The journal of a plan that wrote each village's cut into D. */
function journal(): JournalSheet<string> {
  const written = new Map([...cuts.keys()].map((r) => [r, new Set([4])]));
  return {
    sheetId: "s1",
    sheet: "Phụ lục",
    cells: [...cuts].map(([row, v]) => ({
      row,
      col: 4,
      wrote: { content: { value: v }, numberFormat: null },
      restore: `old D${row}`,
    })),
    rowKeys: rowKeysOf(before, written),
    merges: [],
  };
}

const after = (rows: (string | number | null)[][]) => sheet(rows);
const restoredAt = (u: ReturnType<typeof planSheetUndo<string>>) =>
  u.restore.map((r) => `${r.cell.restore}→${r.row}:${r.col}`);

describe("planSheetUndo: compare before restoring", () => {
  it("restores every cell still holding what the plan wrote", () => {
    const now = after([
      ["TT", "Thôn", "Số hộ", "Giảm"],
      [1, "Quang Trung", 120, 3],
      [2, "Làng Mài", 98, 2],
      [3, "Bản Cải", 150, 5],
    ]);
    const u = planSheetUndo(journal(), now, "Phụ lục");
    expect(restoredAt(u)).toEqual(["old D2→2:4", "old D3→3:4", "old D4→4:4"]);
    expect(u.kept).toEqual([]);
  });

  it("keeps and names the cells the officer changed after the write", () => {
    const now = after([
      ["TT", "Thôn", "Số hộ", "Giảm"],
      [1, "Quang Trung", 120, 4],
      [2, "Làng Mài", 98, 2],
      [3, "Bản Cải", 150, null],
    ]);
    const u = planSheetUndo(journal(), now, "Phụ lục");
    expect(restoredAt(u)).toEqual(["old D3→3:4"]);
    expect(u.kept).toEqual([
      { sheet: "Phụ lục", address: "D2", reason: "edited" },
      { sheet: "Phụ lục", address: "D4", reason: "edited" },
    ]);
  });
});

describe("planSheetUndo: follow rows the officer moved", () => {
  it("follows rows after a row was inserted above them", () => {
    const now = after([
      ["TT", "Thôn", "Số hộ", "Giảm"],
      [1, "Quang Trung", 120, 3],
      [null, "Thôn mới", 40, 9],
      [2, "Làng Mài", 98, 2],
      [3, "Bản Cải", 150, 5],
    ]);
    expect(restoredAt(planSheetUndo(journal(), now, "S"))).toEqual([
      "old D2→2:4",
      "old D3→4:4",
      "old D4→5:4",
    ]);
  });

  it("follows rows after a sort and after a deletion, never writing into another village's row", () => {
    const sorted = after([
      ["TT", "Thôn", "Số hộ", "Giảm"],
      [3, "Bản Cải", 150, 5],
      [1, "Quang Trung", 120, 3],
    ]);
    const u = planSheetUndo(journal(), sorted, "S");
    expect(restoredAt(u)).toEqual(["old D2→3:4", "old D4→2:4"]);
    expect(u.kept).toEqual([{ sheet: "S", address: "D3", reason: "lost" }]);
  });

  it("follows columns inserted to the left of the written column", () => {
    const now = after([
      ["TT", "Thôn", "Ghi chú", "Số hộ", "Giảm"],
      [1, "Quang Trung", null, 120, 3],
      [2, "Làng Mài", null, 98, 2],
      [3, "Bản Cải", null, 150, 5],
    ]);
    expect(restoredAt(planSheetUndo(journal(), now, "S"))).toEqual([
      "old D2→2:5",
      "old D3→3:5",
      "old D4→4:5",
    ]);
  });

  it("never looks for a moved row among look-alike rows: it is kept, named as lost", () => {
    const twins = sheet([
      ["Thôn", "Giảm"],
      ["A", null],
      ["A", null],
    ]);
    const entry: JournalSheet<string> = {
      sheetId: "s",
      sheet: "S",
      cells: [2, 3].map((row) => ({
        row,
        col: 2,
        wrote: { content: { value: row }, numberFormat: null },
        restore: `old${row}`,
      })),
      rowKeys: rowKeysOf(
        twins,
        new Map([
          [2, new Set([2])],
          [3, new Set([2])],
        ])
      ),
      merges: [],
    };
    const moved = sheet([
      ["Thôn", "Giảm"],
      [null, null],
      ["A", 3],
      ["A", 2],
    ]);
    const u = planSheetUndo(entry, moved, "S");
    // Row 3 still reads as it did where it was; row 2 moved and two rows now look like it.
    expect(restoredAt(u)).toEqual(["old3→3:2"]);
    expect(u.kept).toEqual([{ sheet: "S", address: "B2", reason: "lost" }]);
  });

  it("finds a row in place when the officer corrected one of its identifying cells", () => {
    const now = after([
      ["TT", "Thôn", "Số hộ", "Giảm"],
      [1, "Quang Trung", 121, 3],
      [2, "Làng Mài", 98, 2],
      [3, "Bản Cải", 150, 5],
    ]);
    expect(restoredAt(planSheetUndo(journal(), now, "S"))).toContain("old D2→2:4");
  });
});

describe("created sheets and the result's words", () => {
  it("names the cells typed into a sheet the add-in created", () => {
    const created = {
      sheetId: "x",
      sheet: "Tổng hợp",
      wrote: new Map([
        ["A1", { value: "Tổng hợp" }],
        ["B2", { formula: "=SUM(A1:A2)" }],
      ]),
    };
    const now: SheetNow = {
      top: 1,
      left: 1,
      values: [
        ["Tổng hợp", null],
        [null, 5],
        ["ghi chú", null],
      ],
      formulas: [
        [null, null],
        [null, "=sum(A1:A2)"],
        [null, null],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "General"],
        ["General", "General"],
      ],
    };
    expect(editedCells(created, now)).toEqual(["A3"]);
  });

  it("says what was kept in Vietnamese and never 'done' when nothing was restored", () => {
    const result = undoOutcome(
      "allocate",
      [{ sheet: "S", address: "F10" }],
      [
        { sheet: "S", address: "F9", reason: "edited" },
        { sheet: "S", address: "G11", reason: "edited" },
      ],
      [],
      false,
      false
    );
    expect(result.status).toBe("partial");
    expect(formatUndoResult(result, "vi", "phân bổ")).toBe(
      "Đã hoàn tác phân bổ: khôi phục 1 ô. Giữ nguyên 2 ô đã sửa sau khi ghi: F9, G11."
    );
    const none = undoOutcome(
      "fix",
      [],
      [{ sheet: "S", address: "F9", reason: "edited" }],
      [],
      false,
      false
    );
    expect(none.status).toBe("refused");
    expect(formatUndoResult(none, "vi")).not.toMatch(/Đã hoàn tác/);
    const gone = undoOutcome("fix", [], [], [], false, true);
    expect(gone).toMatchObject({ status: "refused", reason: "sheetGone" });
  });
});

describe("formulas that moved with their row", () => {
  it("are still what the add-in wrote when their references moved with them", () => {
    const { shiftFormula, holdsWritten } = jest.requireActual<typeof import("./holds")>("./holds");
    expect(shiftFormula('=ROUND(E9/$D$9*100,2)&"A1"', { rows: 1, cols: 0 })).toBe(
      '=ROUND(E10/$D$9*100,2)&"A1"'
    );
    expect(shiftFormula("=LOG10(Z9)+SUM(A1:B2)", { rows: 0, cols: 1 })).toBe(
      "=LOG10(AA9)+SUM(B1:C2)"
    );
    const wrote = { content: { formula: "=E9/D9" }, numberFormat: null };
    const now = { value: 1, formula: "=E10/D10", numberFormat: "General" };
    expect(holdsWritten(now, wrote, { rows: 1, cols: 0 })).toBe(true);
    expect(holdsWritten(now, wrote)).toBe(false);
  });
});

describe("planSheetUndo: formats are compared like contents", () => {
  /** The header D1 the plan wrote bold with a border, and a style-only border on C1. */
  const styled = (): JournalSheet<string> => ({
    sheetId: "s1",
    sheet: "Phụ lục",
    cells: [
      {
        row: 1,
        col: 4,
        wrote: { content: { value: "Giảm" }, numberFormat: null, format: { bold: true } },
        contentBefore: { value: null },
        formatBefore: { bold: false },
        restore: "old D1",
      },
      {
        row: 1,
        col: 3,
        wrote: {
          content: null,
          numberFormat: null,
          format: {
            borders: { bottom: { style: "Continuous", color: "#000000", weight: "Thin" } },
          },
        },
        contentBefore: { value: "Số hộ" },
        formatBefore: { borders: { bottom: { style: "None" } } },
        restore: "old C1",
      },
    ],
    rowKeys: new Map([[1, [{ col: 1, text: "TT" }]]]),
    merges: [],
  });
  const header = sheet([["TT", "Thôn", "Số hộ", "Giảm"]]);
  const withFormats = (d1: object, c1: object) => ({
    ...header,
    formats: new Map([
      ["1:4", d1],
      ["1:3", c1],
    ]),
  });

  it("restores cells still formatted as written", () => {
    const u = planSheetUndo(
      styled(),
      withFormats(
        { bold: true },
        { borders: { bottom: { style: "Continuous", color: "#000000", weight: "Thin" } } }
      ),
      "Phụ lục"
    );
    expect(restoredAt(u)).toEqual(["old D1→1:4", "old C1→1:3"]);
    expect(u.kept).toEqual([]);
  });

  it("keeps and names a cell whose format the officer changed, even one whose contents were not written", () => {
    const u = planSheetUndo(
      styled(),
      withFormats({ bold: false }, { borders: { bottom: { style: "Dash" } } }),
      "Phụ lục"
    );
    expect(restoredAt(u)).toEqual([]);
    expect(u.kept.map((k) => `${k.address} ${k.reason}`)).toEqual(["D1 edited", "C1 edited"]);
  });

  it("compares a line by style, colour and weight: one recoloured or thickened since is kept", () => {
    const plan = (line: object) =>
      planSheetUndo(
        styled(),
        withFormats({ bold: true }, { borders: { bottom: line } }),
        "Phụ lục"
      );
    const same = plan({ style: "continuous", color: "#000000", weight: "thin" });
    expect(restoredAt(same)).toEqual(["old D1→1:4", "old C1→1:3"]);
    for (const line of [
      { style: "Continuous", color: "#FF0000", weight: "Thin" },
      { style: "Continuous", color: "#000000", weight: "Thick" },
    ])
      expect(plan(line).kept.map((k) => `${k.address} ${k.reason}`)).toEqual(["C1 edited"]);
  });

  it("names the places it has no formats for (rows moved since): the host reads them and plans again", () => {
    const moved = sheet([["PHỤ LỤC"], ["TT", "Thôn", "Số hộ", "Giảm"]]);
    const u = planSheetUndo(styled(), { ...moved, formats: new Map() }, "Phụ lục");
    expect(u.unread).toEqual([
      { row: 2, col: 4 },
      { row: 2, col: 3 },
    ]);
  });
});
