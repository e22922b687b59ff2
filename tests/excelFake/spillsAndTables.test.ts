/**
 * The fake's dynamic arrays and header-less Excel Tables (sources: docs/excel-behaviours.md).
 */
import type { XlContext } from "../../src/excel/excelApi";
import { FakeExcel } from "./FakeExcel";

/** F8 holds =SEQUENCE(3): it spills 1, 2, 3 over F8:F10. H2 holds =A2:B3, a 2×2 array. */
function spilling(excelApi = "1.17"): FakeExcel {
  const fake = FakeExcel.fromSpecs(
    [
      {
        name: "S",
        cells: {
          A2: 5,
          B2: 6,
          A3: 7,
          B3: 8,
          F8: { formula: "=SEQUENCE(3)" },
          H2: { formula: "=A2:B3" },
          D12: { formula: "=SUM(F8:F10)" },
        },
      },
    ],
    { excelApi }
  );
  fake.calculateNow();
  return fake;
}

const cellsOf = (fake: FakeExcel) => fake.exportState()[0]!.cells;

async function read(fake: FakeExcel, address: string) {
  return fake.run(async (ctx: XlContext) => {
    const r = ctx.workbook.worksheets.getItem("S").getRange(address);
    r.load("values, formulas, valueTypes");
    await ctx.sync();
    return { values: r.values, formulas: r.formulas, valueTypes: r.valueTypes };
  });
}

describe("dynamic arrays spill", () => {
  it("an array result shows in the anchor and the cells below and right; spilled cells have no formula", async () => {
    const fake = spilling();
    expect(await read(fake, "F8:F10")).toEqual({
      values: [[1], [2], [3]],
      formulas: [["=SEQUENCE(3)"], [2], [3]],
      valueTypes: [["Double"], ["Double"], ["Double"]],
    });
    expect((await read(fake, "H2:I3")).values).toEqual([
      [5, 6],
      [7, 8],
    ]);
    // Formulas read spilled cells like any other.
    expect(cellsOf(fake)["D12"]?.value).toBe(6);
  });

  it("a value written into a spilled cell makes the anchor #SPILL! (and its other spilled cells empty)", async () => {
    const fake = spilling();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("F9").values = [[42]];
      await ctx.sync();
    });
    expect(await read(fake, "F8:F10")).toEqual({
      values: [["#SPILL!"], [42], [""]],
      formulas: [["=SEQUENCE(3)"], [42], [""]],
      valueTypes: [["Error"], ["Double"], ["Empty"]],
    });
    // Clearing the cell lets the array spill again.
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("F9").values = [[""]];
      await ctx.sync();
    });
    expect((await read(fake, "F8:F10")).values).toEqual([[1], [2], [3]]);
  });

  it("the officer typing into a spilled cell blocks the anchor at once; clearing a spilled cell changes nothing", async () => {
    const fake = spilling();
    fake.typeCell("S", "I3", "");
    expect((await read(fake, "H2:I3")).values).toEqual([
      [5, 6],
      [7, 8],
    ]);
    fake.typeCell("S", "I3", "ghi chú");
    expect((await read(fake, "H2:I3")).values).toEqual([
      ["#SPILL!", ""],
      ["", "ghi chú"],
    ]);
  });

  it("an array whose range holds data, a merge or a table does not spill: #SPILL!", async () => {
    const fake = FakeExcel.fromSpecs([
      {
        name: "S",
        cells: { A1: { formula: "=SEQUENCE(2)" }, A2: "x", C1: { formula: "=SEQUENCE(1,3)" } },
        merges: ["D1:E1"],
        tables: [{ name: "Bang1", address: "G1:H3" }],
      },
    ]);
    fake.calculateNow();
    const cells = cellsOf(fake);
    expect([cells["A1"]?.value, cells["A1"]?.error, cells["A2"]?.value]).toEqual([
      "#SPILL!",
      true,
      "x",
    ]);
    expect(cells["C1"]?.value).toBe("#SPILL!");
  });

  it("getSpillingToRangeOrNullObject, getSpillParentOrNullObject and hasSpill (ExcelApi 1.12)", async () => {
    const fake = spilling();
    const found = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const to = ws.getRange("F8").getSpillingToRangeOrNullObject();
      to.load("address");
      const notAnchor = ws.getRange("F9").getSpillingToRangeOrNullObject();
      notAnchor.load("address");
      const parent = ws.getRange("F10").getSpillParentOrNullObject();
      parent.load("address");
      const ownParent = ws.getRange("F8").getSpillParentOrNullObject();
      ownParent.load("address");
      const none = ws.getRange("A2").getSpillParentOrNullObject();
      none.load("address");
      // "If it's not a spilled cell, or more than one cell is given": a null object.
      const many = ws.getRange("F9:F10").getSpillParentOrNullObject();
      many.load("address");
      const all = ws.getRange("F8:F10");
      const mixed = ws.getRange("F9:F11");
      const clear = ws.getRange("A1:B3");
      for (const r of [all, mixed, clear]) r.load("hasSpill");
      await ctx.sync();
      return {
        to: to.address,
        notAnchor: notAnchor.isNullObject,
        parent: parent.address,
        ownParent: ownParent.address,
        none: none.isNullObject,
        many: many.isNullObject,
        hasSpill: [all.hasSpill, mixed.hasSpill, clear.hasSpill],
      };
    });
    expect(found).toEqual({
      to: "S!F8:F10",
      notAnchor: true,
      parent: "S!F8",
      ownParent: "S!F8",
      none: true,
      many: true,
      hasSpill: [true, null, false],
    });
    // getSpillingToRange "fails if applied to a range with more than one cell".
    await expect(
      fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("S").getRange("F8:F9");
        r.getSpillingToRangeOrNullObject().load("address");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses the spill API below ExcelApi 1.12 (ApiNotFound), though the workbook still spills", async () => {
    const fake = spilling("1.11");
    expect((await read(fake, "F8:F10")).values).toEqual([[1], [2], [3]]);
    for (const ask of [
      (ctx: XlContext) =>
        ctx.workbook.worksheets.getItem("S").getRange("F9").getSpillParentOrNullObject(),
      (ctx: XlContext) =>
        ctx.workbook.worksheets.getItem("S").getRange("F8").getSpillingToRangeOrNullObject(),
      (ctx: XlContext) => ctx.workbook.worksheets.getItem("S").getRange("F8").load("hasSpill"),
    ]) {
      await expect(
        fake.run(async (ctx) => {
          ask(ctx);
          await ctx.sync();
        })
      ).rejects.toMatchObject({ code: "ApiNotFound" });
    }
  });
});

describe("Excel Tables without a header row", () => {
  const rows = [
    ["Thôn", "Hộ", "Tỷ lệ"],
    ["A", 4, 1],
    ["B", 5, 2],
    ["C", 6, 3],
  ];

  it("have no header row: showHeaders false, the range is the body, getHeaderRowRange fails", async () => {
    const fake = FakeExcel.fromSpecs([
      { name: "S", rows, tables: [{ name: "Bang1", address: "A2:C4", showHeaders: false }] },
    ]);
    const found = await fake.run(async (ctx) => {
      const tables = ctx.workbook.worksheets.getItem("S").tables;
      tables.load("items/name, items/showHeaders");
      const t = tables.getItem("Bang1");
      const range = t.getRange();
      const body = t.getDataBodyRange();
      range.load("address");
      body.load("address");
      await ctx.sync();
      return { show: tables.items[0]!.showHeaders, range: range.address, body: body.address };
    });
    expect(found).toEqual({ show: false, range: "S!A2:C4", body: "S!A2:C4" });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem("S")
          .tables.getItem("Bang1")
          .getHeaderRowRange()
          .load("address");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("fill a formula written into the first row down the whole column (that row is data)", async () => {
    const fake = FakeExcel.fromSpecs([
      { name: "S", rows, tables: [{ name: "Bang1", address: "A2:C4", showHeaders: false }] },
    ]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("C2").formulas = [["=B2*2"]];
      await ctx.sync();
    });
    const cells = cellsOf(fake);
    expect(["C2", "C3", "C4"].map((a) => cells[a]?.formula)).toEqual(["=B2*2", "=B3*2", "=B4*2"]);
    expect(cells["C1"]?.value).toBe("Tỷ lệ");
  });

  it("the officer turns the header row off: the header cells go blank and the table starts at its data", async () => {
    const fake = FakeExcel.fromSpecs([
      { name: "S", rows, tables: [{ name: "Bang1", address: "A1:C4" }] },
    ]);
    fake.officer.setTableHeaders("S", "Bang1", false);
    const s = fake.exportState()[0]!;
    expect(s.tables).toEqual([{ name: "Bang1", address: "A2:C4" }]);
    expect(s.cells["A1"]).toBeUndefined();
    fake.officer.setTableHeaders("S", "Bang1", true);
    expect(fake.exportState()[0]!.tables).toEqual([{ name: "Bang1", address: "A1:C4" }]);
    expect(fake.exportState()[0]!.cells["C1"]?.value).toBe("Tỷ lệ");
  });
});
