/**
 * Issue 15: dynamic-array spill ranges and Excel Tables without a header row, on the strict fake (sources:
 * docs/excel-behaviours.md). Each test failed on the host before its fix.
 */
import { isHostError, type WritePlan } from "../../src/core";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel, type FakeExcelOptions, type FakeSheetSpec } from "../excelFake/FakeExcel";

function open(specs: readonly FakeSheetSpec[], options: FakeExcelOptions = {}) {
  const fake = FakeExcel.fromSpecs(specs, options);
  fake.calculateNow();
  const host = excelHostOn(fake);
  return { fake, host };
}

/** The officer's rates column F is one dynamic array: F8 =SEQUENCE(3) spills over F8:F10. */
const spilling: FakeSheetSpec = {
  name: "Phụ lục",
  cells: {
    A7: "Thôn",
    F7: "Tỷ lệ",
    A8: "A",
    A9: "B",
    A10: "C",
    F8: { formula: "=SEQUENCE(3)" },
  },
};

const write = (cells: readonly [row: number, col: number, value: number][]): WritePlan => ({
  action: "fix",
  sheets: [
    {
      sheet: "Phụ lục",
      writes: cells.map(([row, col, value]) => ({ row, col, cell: { value } })),
    },
  ],
});

const columnF = (fake: FakeExcel) =>
  ["F8", "F9", "F10"].map((a) => fake.exportState()[0]!.cells[a]?.value ?? "");

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

describe("spilled dynamic-array cells (ExcelApi 1.12)", () => {
  it("are never written into: apply refuses, names the cells and the anchor, and writes nothing (one more sync)", async () => {
    const { fake, host } = open([spilling]);
    await host.readGrid("Phụ lục");
    fake.resetSyncs();
    const e = await rejection(
      host.apply(
        write([
          [9, 6, 42],
          [10, 6, 43],
          [9, 2, 7],
        ])
      )
    );
    expect(isHostError(e) && e.code).toBe("SPILL_RANGE");
    expect(isHostError(e) && e.params).toMatchObject({
      sheet: "Phụ lục",
      cells: "F9, F10",
      anchors: "F8",
    });
    expect(String((e as Error).message)).toMatch(/F9, F10.*F8.*#SPILL!/);
    // Nothing written: the array still spills, B9 untouched; the check cost one sync besides the snapshot.
    expect(columnF(fake)).toEqual([1, 2, 3]);
    expect(fake.exportState()[0]!.cells["B9"]).toBeUndefined();
    expect(fake.syncCount).toBe(2);
    expect(fake.syncs.every((s) => s.calculationSuspended === false)).toBe(true);
    await expect(host.undo()).resolves.toMatchObject({ status: "nothing" });

    // The cells beside the spill are written as before, with no extra sync.
    fake.resetSyncs();
    await host.apply(write([[9, 7, 5]]));
    expect(fake.syncCount).toBe(2);
    // Over the anchor only: the officer's formula is replaced (undo puts it back), nothing shows #SPILL!.
    await host.apply(write([[8, 6, 9]]));
    await host.readGrid("Phụ lục");
    expect(columnF(fake)).toEqual([9, "", ""]);
    await host.undo();
    // Written under suspended calculation: the next batch recalculates first, and the array spills again.
    await host.readGrid("Phụ lục");
    expect(columnF(fake)).toEqual([1, 2, 3]);
  });

  it("below ExcelApi 1.12 the spill API is not asked for (Excel there cannot say): apply writes as before", async () => {
    const { fake, host } = open([spilling], { excelApi: "1.11" });
    await host.readGrid("Phụ lục");
    fake.resetSyncs();
    await host.apply(write([[9, 7, 5]]));
    expect(fake.syncCount).toBe(2);
    expect(fake.exportState()[0]!.cells["G9"]?.value).toBe(5);
  });
});

describe("Excel Tables without a header row", () => {
  const rows = [
    ["Thôn", "Hộ", "Tỷ lệ"],
    ["A", 4, 1],
    ["B", 5, 2],
    ["C", 6, 3],
  ];
  const headerless: FakeSheetSpec = {
    name: "S",
    rows,
    tables: [{ name: "Bang1", address: "A2:C4", showHeaders: false }],
  };
  const formulaInto = (row: number): WritePlan => ({
    action: "fix",
    sheets: [
      { sheet: "S", writes: [{ row, col: 3, cell: { formula: `=B${row}*2`, result: row * 2 } }] },
    ],
  });

  it("report that they have no header row", async () => {
    const { host } = open([headerless]);
    const grid = await host.readGrid("S");
    expect(grid.tables).toEqual([
      { name: "Bang1", range: { top: 2, left: 1, bottom: 4, right: 3 }, headerRow: false },
    ]);
  });

  it("a formula into the table's first row is written as its value (that row is data: Excel would fill the column)", async () => {
    const { fake, host } = open([headerless]);
    await host.readGrid("S");
    await host.apply(formulaInto(2));
    const cells = fake.exportState()[0]!.cells;
    expect(["C2", "C3", "C4"].map((a) => [cells[a]?.value, cells[a]?.formula])).toEqual([
      [4, null],
      [2, null],
      [3, null],
    ]);
  });

  it("the same after the officer turned the header row off since the read (Apply reads it again, same syncs)", async () => {
    const { fake, host } = open([
      { name: "S", rows, tables: [{ name: "Bang1", address: "A1:C4" }] },
    ]);
    await host.readGrid("S");
    fake.officer.setTableHeaders("S", "Bang1", false);
    fake.resetSyncs();
    await host.apply(formulaInto(2));
    expect(fake.syncCount).toBe(2);
    const cells = fake.exportState()[0]!.cells;
    expect(["C2", "C3", "C4"].map((a) => cells[a]?.formula ?? null)).toEqual([null, null, null]);
  });

  it("the probe reports them too, and undo does not put an old formula back into their first row", async () => {
    const { fake, host } = open([
      {
        ...headerless,
        rows: [rows[0]!, ["A", 4, { formula: "=B2*2", value: 8 }], rows[2]!, rows[3]!],
      },
    ]);
    const probed = await host.probeWorkbook({ headRows: 400, headCols: 60 });
    expect(probed.sheets[0]?.grid?.tables).toEqual([
      { name: "Bang1", range: { top: 2, left: 1, bottom: 4, right: 3 }, headerRow: false },
    ]);
    await host.apply({
      action: "fix",
      sheets: [{ sheet: "S", writes: [{ row: 2, col: 3, cell: { value: 9 } }] }],
    });
    const r = await host.undo();
    expect(r).toMatchObject({ kept: [{ sheet: "S", address: "C2", reason: "table" }] });
    const cells = fake.exportState()[0]!.cells;
    expect(["C2", "C3", "C4"].map((a) => cells[a]?.formula ?? null)).toEqual([null, null, null]);
  });
});
