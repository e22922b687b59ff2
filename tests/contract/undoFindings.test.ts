/**
 * Issue 15's findings about undo and highlights in real Excel, each on the strict fake (which models the behaviour,
 * docs/excel-behaviours.md): written to fail on the code before the fix.
 */
import type { UndoResult, WritePlan } from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { FakeExcel, type FakeExcelOptions, type FakeSheetSpec } from "../excelFake/FakeExcel";

function open(
  specs: readonly FakeSheetSpec[],
  options: FakeExcelOptions = {},
  maxRequestBytes?: number
) {
  const fake = FakeExcel.fromSpecs(specs, options);
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
    ...(maxRequestBytes !== undefined ? { maxRequestBytes } : {}),
  });
  return { fake, host };
}

const villages: FakeSheetSpec = {
  name: "Phụ lục",
  rows: [
    ["TT", "Thôn", "Số hộ", "Giảm"],
    [1, "Quang Trung", 120, null],
    [2, "Làng Mài", 98, null],
    [3, "Bản Cải", 150, null],
  ],
};
const cuts: WritePlan = {
  action: "allocate",
  sheets: [
    {
      sheet: "Phụ lục",
      writes: [2, 3, 4].map((row, i) => ({ row, col: 4, cell: { value: i + 5 } })),
    },
  ],
};
const column = (fake: FakeExcel, sheet: string, col: string) =>
  [1, 2, 3, 4, 5].map(
    (r) => fake.exportState().find((s) => s.name === sheet)?.cells[`${col}${r}`]?.value ?? ""
  );
const kept = (r: UndoResult) => (r.status === "partial" || r.status === "refused" ? r.kept : []);

describe("undo compares before it restores", () => {
  it("keeps the officer's correction of a written cell and names it", async () => {
    const { fake, host } = open([villages]);
    await host.apply(cuts);
    fake.officerEdit("Phụ lục", "D3", 9);
    const r = await host.undo();
    expect(r.status).toBe("partial");
    expect(kept(r)).toEqual([{ sheet: "Phụ lục", address: "D3", reason: "edited" }]);
    expect(column(fake, "Phụ lục", "D")).toEqual(["Giảm", "", 9, "", ""]);
  });

  it("never says done when nothing was restored", async () => {
    const { fake, host } = open([villages]);
    await host.apply(cuts);
    for (const a of ["D2", "D3", "D4"]) fake.officerEdit("Phụ lục", a, 1);
    expect(await host.undo()).toMatchObject({ status: "refused", reason: "allKept", restored: [] });
  });
});

describe("undo follows the rows the officer moved", () => {
  it("after a row insert, each village gets its own old value back", async () => {
    const { fake, host } = open([villages]);
    await host.apply(cuts);
    fake.officer.insertRows("Phụ lục", 3, 1);
    fake.officerEdit("Phụ lục", "B3", "Thôn mới");
    fake.officerEdit("Phụ lục", "D3", 4);
    const r = await host.undo();
    expect(r).toMatchObject({ status: "done" });
    expect(column(fake, "Phụ lục", "D")).toEqual(["Giảm", "", 4, "", ""]);
  });

  it("after a sort and a deletion", async () => {
    const { fake, host } = open([villages]);
    await host.apply(cuts);
    fake.officer.sortRows("Phụ lục", 2, 4, 3);
    fake.officer.deleteRows("Phụ lục", 2, 1);
    const r = await host.undo();
    // Làng Mài's row is gone with its cut: named as lost, never written into another village's row.
    expect(r).toMatchObject({ status: "partial", kept: [{ address: "D3", reason: "lost" }] });
    expect(column(fake, "Phụ lục", "D")).toEqual(["Giảm", "", "", "", ""]);
    expect(column(fake, "Phụ lục", "B")).toEqual(["Thôn", "Quang Trung", "Bản Cải", "", ""]);
  });

  it("after the sheet was renamed (known by Worksheet.id)", async () => {
    const { fake, host } = open([villages]);
    await host.apply(cuts);
    fake.renameSheet("Phụ lục", "Phụ lục 2025");
    expect((await host.undo()).status).toBe("done");
    expect(column(fake, "Phụ lục 2025", "D")).toEqual(["Giảm", "", "", "", ""]);
  });
});

describe("generated sheets, failed writes, merges, tables, highlights", () => {
  it("asks before deleting a generated sheet the officer typed into", async () => {
    const { fake, host } = open([villages]);
    await host.apply({
      action: "summary",
      sheets: [
        {
          sheet: "Tổng hợp",
          create: true,
          marker: "summary",
          writes: [{ row: 1, col: 1, cell: { value: "Tổng hợp" } }],
        },
      ],
    });
    fake.officerEdit("Tổng hợp", "B5", "ghi chú");
    const first = await host.undo();
    expect(first).toEqual({
      status: "confirm",
      action: "summary",
      edited: [{ sheet: "Tổng hợp", cells: ["B5"] }],
    });
    expect(fake.exportState().map((s) => s.name)).toContain("Tổng hợp");
    expect((await host.undo({ confirm: true })).status).toBe("done");
    expect(fake.exportState().map((s) => s.name)).not.toContain("Tổng hợp");
  });

  it("a half-written plan whose roll-back fails too stays undoable, marked partial", async () => {
    // Few cells (one snapshot sync) but long texts: the write goes in several requests under the limit.
    const rows = Array.from({ length: 40 }, (_, i) => [i + 1, `Thôn ${i + 1}`, 100 + i, null]);
    const { fake, host } = open(
      [{ name: "Phụ lục", rows: [["TT", "Thôn", "Số hộ", "Giảm"], ...rows] }],
      {},
      20_000
    );
    const plan: WritePlan = {
      action: "fix",
      sheets: [
        {
          sheet: "Phụ lục",
          writes: rows.map((_, i) => ({
            row: i + 2,
            col: 4,
            cell: { value: `${"x".repeat(1000)} ${i}` },
          })),
        },
      ],
    };
    fake.failNextSync("GeneralException", 2);
    fake.failNextSync("GeneralException", 0);
    await expect(host.apply(plan)).rejects.toMatchObject({ code: "GENERAL" });
    expect(host.undoDepth()).toBe(1);
    const r = await host.undo();
    expect(r).toMatchObject({ status: "done", partialWrite: true });
    expect(column(fake, "Phụ lục", "D").slice(1)).toEqual(["", "", "", ""]);
  });

  it("never merges a new column's header over a note under it", async () => {
    const { fake, host } = open([
      {
        name: "S",
        rows: [
          ["Thôn", "Số hộ", null],
          [null, null, "ghi chú của cán bộ"],
          ["A", 1, null],
        ],
      },
    ]);
    await host.apply({
      action: "allocate",
      sheets: [
        {
          sheet: "S",
          writes: [{ row: 1, col: 3, cell: { value: "Giảm" } }],
          merges: [{ top: 1, left: 3, bottom: 2, right: 3 }],
        },
      ],
    });
    const s = fake.exportState().find((x) => x.name === "S")!;
    expect(s.merges).toEqual([]);
    expect(s.cells.C2?.value).toBe("ghi chú của cán bộ");
  });

  it("does not write an old formula back into an Excel Table column (Excel would fill the column)", async () => {
    const { fake, host } = open([
      {
        name: "S",
        rows: [
          ["Thôn", "Hộ", "Tỷ lệ"],
          ["A", 4, { formula: "=B2*2", value: 8 }],
          ["B", 5, 1],
          ["C", 6, 2],
        ],
        tables: [{ name: "Bang1", address: "A1:C4" }],
      },
    ]);
    await host.apply({
      action: "fix",
      sheets: [{ sheet: "S", writes: [{ row: 2, col: 3, cell: { value: 9 } }] }],
    });
    const r = await host.undo();
    expect(kept(r)).toEqual([{ sheet: "S", address: "C2", reason: "table" }]);
    expect(column(fake, "S", "C")).toEqual(["Tỷ lệ", 9, 1, 2, ""]);
  });

  it("removes highlights on Excel 2019–2021 (ExcelApi below 1.14: no ConditionalFormatCollection.getItemOrNullObject)", async () => {
    const { fake, host } = open([villages], { excelApi: "1.13" });
    await host.highlight("Phụ lục", ["C2", "C3"]);
    expect(fake.displayedFill("Phụ lục", "C2")).toBe("#FFEB9C");
    await host.clearHighlight();
    expect(fake.displayedFill("Phụ lục", "C2")).toBeNull();
    expect(fake.exportState()[0]?.conditionalFormats).toEqual([]);
  });
});

describe("writes Excel refuses as too large", () => {
  it("are sent in halves until each request passes (nothing of a refused request is applied)", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [i + 1, `Thôn ${i + 1}`, 100 + i, null]);
    const { fake, host } = open(
      [{ name: "Phụ lục", rows: [["TT", "Thôn", "Số hộ", "Giảm"], ...rows] }],
      { payloadLimit: 40_000 }
    );
    const long = (i: number) => `${"x".repeat(1000)} ${i}`;
    await host.apply({
      action: "fix",
      sheets: [
        {
          sheet: "Phụ lục",
          writes: rows.map((_, i) => ({ row: i + 2, col: 4, cell: { value: long(i) } })),
        },
      ],
    });
    const s = fake.exportState()[0]!;
    expect(rows.map((_, i) => s.cells[`D${i + 2}`]?.value)).toEqual(rows.map((_, i) => long(i)));
    expect((await host.undo()).status).toBe("done");
  });
});

describe("error words", () => {
  it("an InvalidOperation while batches wait for cell edits is not worded as cell-edit mode", async () => {
    const { fake, host } = open([villages]);
    fake.failNextSync("InvalidOperation");
    const e = await host.apply(cuts).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "OPERATION_REFUSED" });
    expect((e as Error).message).not.toMatch(/ô đang được sửa/);
    const old = open([villages], { excelApi: "1.10" });
    old.fake.failNextSync("InvalidOperation");
    expect(await old.host.apply(cuts).catch((x: unknown) => x)).toMatchObject({
      code: "INVALID_OPERATION",
    });
  });
});

describe("the live watch", () => {
  it("is registered like every batch: it waits while the officer is typing in a cell", async () => {
    const { fake, host } = open([villages]);
    fake.enterCellEdit();
    const watching = host.onCellsChanged("Phụ lục", () => undefined);
    // Let the registration reach Excel while the cell is still being edited.
    await new Promise((resolve) => setImmediate(resolve));
    fake.leaveCellEdit();
    const stop = await watching;
    await stop();
  });
});
