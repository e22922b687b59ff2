/**
 * Border lines in the strict fake (docs/excel-behaviours.md, "Formats"): what setting only a line's style leaves
 * of its colour and weight is not documented, so the fake draws the line anew (stricter than Excel may be).
 */
import { FakeExcel } from "./FakeExcel";

describe("fake border lines", () => {
  it("a line's style resets its colour and weight; a colour or weight on no line draws one", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S" }]);
    const ask = { format: { borders: { style: true, color: true, weight: true } } };
    const lines = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const bottom = ws.getRange("A1").format.borders.getItem("EdgeBottom");
      bottom.style = "Dash";
      bottom.weight = "Thick";
      bottom.color = "#ff0000";
      ws.getRange("B1").format.borders.getItem("EdgeTop").color = "#00FF00";
      const p = ws.getRange("A1:B1").getCellProperties(ask);
      await ctx.sync();
      const first = p.value[0]?.map((c) => c.format?.borders);
      bottom.style = "Continuous";
      const q = ws.getRange("A1").getCellProperties(ask);
      await ctx.sync();
      return [first, q.value[0]?.[0]?.format?.borders?.bottom];
    });
    expect(lines[0]).toMatchObject([
      { bottom: { style: "Dash", color: "#FF0000", weight: "Thick" } },
      { top: { style: "Continuous", color: "#00FF00", weight: "Thin" } },
    ]);
    expect(lines[1]).toEqual({ style: "Continuous", color: "#000000", weight: "Thin" });
  });
});
