/**
 * Further findings of issue 15 about `src/excel` against Office.js, each as a test on the strict fake that failed
 * on the host before its fix. Sources of the modelled behaviours: docs/excel-behaviours.md.
 */
import type { CellsChanged } from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel, type FakeExcelOptions, type FakeSheetSpec } from "../excelFake/FakeExcel";

function open(specs: readonly FakeSheetSpec[], options: FakeExcelOptions = {}) {
  const fake = FakeExcel.fromSpecs(specs, options);
  const host = excelHostOn(fake);
  return { fake, host };
}

/** Events reach handlers a macrotask after the change, and the handler may look the sheet up (one sync). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the live watch follows the sheet by Worksheet.id", () => {
  it("keeps reading the watched sheet after the officer renames it, with no extra sync", async () => {
    const { fake, host } = open([
      {
        name: "Phụ lục",
        rows: [
          ["Xã", "Hộ"],
          ["A", 1],
        ],
      },
    ]);
    const heard: CellsChanged[] = [];
    const stop = await host.onCellsChanged("Phụ lục", (c) => heard.push(c));
    fake.renameSheet("Phụ lục", "Phụ lục 2025");
    fake.typeCell("Phụ lục 2025", "B2", 3);
    await settle();
    expect(heard).toEqual([{ sheet: "Phụ lục", address: "B2" }]);
    // The live re-check reads the sheet under the name it watches: one sync, the sheet's new name and values.
    const before = fake.syncCount;
    const grid = await host.readGrid("Phụ lục");
    expect(fake.syncCount - before).toBe(1);
    expect(grid.sheet).toBe("Phụ lục 2025");
    expect(grid.values[1]).toEqual(["A", 3]);
    await stop();
    // Once the watch stops, the old name is no sheet any more.
    await expect(host.readGrid("Phụ lục")).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
  });
});

describe("highlights left by an earlier session", () => {
  it("are recognised by their rule and removed by the next session's clearHighlight; the officer's rules stay", async () => {
    const { fake, host } = open([
      {
        name: "Phụ lục",
        rows: [
          ["Xã", "Hộ"],
          ["A", 1],
          ["B", 2],
        ],
      },
    ]);
    await fake.run(async (ctx) => {
      // The officer's own rule over the same cells: never ours to delete.
      const cf = ctx.workbook.worksheets
        .getItem("Phụ lục")
        .getRange("B2:B3")
        .conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#C6EFCE";
      await ctx.sync();
    });
    await host.highlight("Phụ lục", ["B2", "A3"]);
    expect(fake.displayedFill("Phụ lục", "A3")).toBe("#FFEB9C");

    // The pane closed with the highlights on; the workbook is opened again: a new host over the same workbook.
    const later = new ExcelHost({
      run: fake.run,
      requirements: fake.requirements,
      settings: fake.settings,
    });
    fake.resetSyncs();
    await later.clearHighlight();
    expect(fake.syncCount).toBe(4);
    expect(fake.displayedFill("Phụ lục", "A3")).toBeNull();
    expect(fake.displayedFill("Phụ lục", "B2")).toBe("#C6EFCE");
    // Once swept, a clear with nothing highlighted costs nothing.
    fake.resetSyncs();
    await later.clearHighlight();
    expect(fake.syncCount).toBe(0);
  });
});

describe("Excel Tables resized since the sheet was read", () => {
  it("a formula into a row the officer took into the table is written as its value, in the same 2 syncs", async () => {
    const rows = [
      ["Xã", "Tỷ lệ"],
      ["A", 0.79],
      ["B", 2.04],
      ["C", 1.74],
      ["D", null],
    ];
    const { fake, host } = open([
      { name: "S", rows, tables: [{ name: "Bang1", address: "A1:B4" }] },
    ]);
    await host.readGrid("S");
    // The officer types under the table and Excel takes row 5 in (office-js #3013, #3191).
    fake.officer.resizeTable("S", "Bang1", "A1:B5");
    fake.resetSyncs();
    await host.apply({
      action: "fix",
      sheets: [
        {
          sheet: "S",
          writes: [{ row: 5, col: 2, cell: { formula: "=ROUND(1/3*10,2)", result: 3.33 } }],
        },
      ],
    });
    expect(fake.syncCount).toBe(2);
    const cells = fake.exportState()[0]!.cells;
    // Written as a formula, it would have become a calculated column over B2:B5.
    expect(["B2", "B3", "B4", "B5"].map((a) => cells[a]?.value)).toEqual([0.79, 2.04, 1.74, 3.33]);
    expect(cells["B5"]?.formula).toBeNull();
  });
});
