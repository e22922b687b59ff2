/**
 * Writes go under `suspendApiCalculationUntilNextSync` (one recalculation, not one per command): Excel then leaves
 * the written cells' dependents stale until the workbook is calculated. The host must recalculate before reading.
 */
import type { WritePlan } from "../../src/core";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel } from "../excelFake/FakeExcel";

const plan: WritePlan = {
  action: "allocate",
  sheets: [{ sheet: "Phụ lục", writes: [{ row: 2, col: 2, cell: { value: 5 } }] }],
};

function open(excelApi?: string) {
  const fake = FakeExcel.fromSpecs(
    [
      {
        name: "Phụ lục",
        rows: [
          ["Thôn", "Giảm", "Gấp đôi"],
          ["Quang Trung", null, { formula: "=B2*2", value: 0 }],
        ],
      },
    ],
    excelApi ? { excelApi } : {}
  );
  const host = excelHostOn(fake);
  return { fake, host };
}

describe("calculation after a write", () => {
  it("the fake leaves dependents stale while calculation is suspended", async () => {
    const { fake } = open();
    await fake.run(async (ctx) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem("Phụ lục").getRange("B2").formulas = [[5]];
      await ctx.sync();
      const c = ctx.workbook.worksheets.getItem("Phụ lục").getRange("C2");
      c.load("values");
      await ctx.sync();
      expect(c.values).toEqual([[0]]);
      ctx.application.calculate("Recalculate");
      c.load("values");
      await ctx.sync();
      expect(c.values).toEqual([[10]]);
    });
  });

  it("reads after a write see the dependents recalculated, without an extra sync", async () => {
    const { fake, host } = open();
    await host.apply(plan);
    const before = fake.syncs.length;
    const grid = await host.readGrid("Phụ lục");
    expect(grid.values[1]?.[2]).toBe(10);
    expect(fake.syncs.length - before).toBe(1);
  });

  it("reads after an undo see the dependents recalculated too", async () => {
    const { fake, host } = open();
    await host.apply(plan);
    await fake.run(async (ctx) => ctx.application.calculate("Recalculate"));
    await host.undo();
    const grid = await host.readGrid("Phụ lục");
    expect(grid.values[1]?.[2]).toBe(0);
  });
});
