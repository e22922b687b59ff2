/** The print settings of a generated sheet reach Excel (worksheet.pageLayout, ExcelApi 1.9) — checked on the strict fake. */
import { buildSummaryPlan, type WritePlan } from "../../src/core";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { FakeExcel } from "../excelFake/FakeExcel";
import { binhLuongData } from "../summary/binhLuongData";

function planOf(): WritePlan {
  const r = buildSummaryPlan(binhLuongData(), { existingSheets: ["Phụ lục"], year: 2024 });
  if (!r.ok) throw new Error("summary plan");
  return r.value.plan;
}

function hostOn(version: string) {
  const fake = FakeExcel.fromSpecs([{ name: "Phụ lục", rows: [["x"]] }], { excelApi: version });
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
  });
  return { fake, host };
}

test("ExcelApi 1.9: A4, landscape, one page wide, title rows, print area", async () => {
  const { fake, host } = hostOn("1.9");
  await host.apply(planOf());
  expect(fake.pageLayoutOf("Tổng hợp")).toEqual({
    paperSize: "A4",
    orientation: "Landscape",
    centerHorizontally: true,
    zoom: { horizontalFitToPages: 1 },
    printTitleRows: "$4:$4",
    printArea: "A1:I11",
  });
  await host.undo();
  expect(fake.sheetNames()).toEqual(["Phụ lục"]);
});

test("before ExcelApi 1.9 the sheet is written without print settings, and nothing fails", async () => {
  const { fake, host } = hostOn("1.8");
  await host.apply(planOf());
  expect(fake.sheetNames()).toContain("Tổng hợp");
  expect(fake.pageLayoutOf("Tổng hợp")?.paperSize).toBe("Letter");
});

test("the fake refuses what Excel refuses: title rows that are not whole rows", async () => {
  const fake = FakeExcel.fromSpecs([{ name: "S", rows: [["x"]] }], { excelApi: "1.9" });
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").pageLayout.setPrintTitleRows("A4:C4");
      await context.sync();
    })
  ).rejects.toEqual(expect.objectContaining({ code: "InvalidArgument" }));
  const old = FakeExcel.fromSpecs([{ name: "S", rows: [["x"]] }], { excelApi: "1.8" });
  await expect(
    old.run(async (context) => {
      context.workbook.worksheets.getItem("S").pageLayout.orientation = "Landscape";
      await context.sync();
    })
  ).rejects.toEqual(expect.objectContaining({ code: "ApiNotFound" }));
});
