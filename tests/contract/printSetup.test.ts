/** The print settings of a generated sheet reach Excel (worksheet.pageLayout, ExcelApi 1.9) — checked on the strict fake. */
import {
  ND07_2021,
  buildDeprivationPlan,
  buildSummaryPlan,
  fromA1,
  type WritePlan,
} from "../../src/core";
import { excelHostOn } from "../excelFake/excelHostOn";
import { FakeExcel } from "../excelFake/FakeExcel";
import { binhLuongData } from "../summary/binhLuongData";
import type { FakeExcel as Fake } from "../excelFake/FakeExcel";
import { scaleOf } from "../summary/printScale";

function planOf(): WritePlan {
  const r = buildSummaryPlan(binhLuongData(), { existingSheets: ["Phụ lục"], year: 2024 });
  if (!r.ok) throw new Error("summary plan");
  return r.value.plan;
}

function hostOn(version: string) {
  const fake = FakeExcel.fromSpecs([{ name: "Phụ lục", rows: [["x"]] }], { excelApi: version });
  const host = excelHostOn(fake);
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
    margins: { left: 42.48, right: 28.08, top: 42.48, bottom: 42.48, header: 21.6, footer: 21.6 },
    printTitleRows: "$4:$4",
    printTitleColumns: null,
    printArea: "A1:I11",
  });
  expect(fakeScale(fake, "Tổng hợp").scale).toBeGreaterThanOrEqual(55);
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

/** The effective scale and pages across of a sheet, from what the fake recorded (widths in points → characters). */
function fakeScale(fake: Fake, sheet: string): { scale: number; pagesAcross: number } {
  const layout = fake.pageLayoutOf(sheet);
  const state = fake.exportState().find((s) => s.name === sheet);
  if (!layout || !state || !layout.printArea) throw new Error(`no print settings on ${sheet}`);
  const [from, to] = layout.printArea.split(":").map((a) => fromA1(a.replace(/\$/g, "")));
  const widths: number[] = [];
  for (let c = from?.col ?? 1; c <= (to?.col ?? 0); c++)
    widths.push(((state.columnWidths[c] ?? 48) / 0.75 - 5) / 7);
  const titles = layout.printTitleColumns?.replace(/\$/g, "").split(":")[1];
  return scaleOf({
    paper: layout.paperSize,
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    marginsInches: { left: layout.margins.left / 72, right: layout.margins.right / 72 },
    scale: layout.zoom.horizontalFitToPages ? null : (layout.zoom.scale ?? 100),
    pagesWide: layout.zoom.horizontalFitToPages ?? 1,
    widths,
    titleCols: titles ? (fromA1(`${titles}1`)?.col ?? 0) : 0,
  });
}

test("ExcelApi 1.9: the deprivation sheet prints in page-wide blocks, TT/unit/denominator on every page", async () => {
  const { fake, host } = hostOn("1.9");
  const r = buildDeprivationPlan(binhLuongData(), ND07_2021, { existingSheets: ["Phụ lục"] });
  if (!r.ok) throw new Error("deprivation plan");
  await host.apply(r.value.plan);
  const layout = fake.pageLayoutOf("Chỉ số thiếu hụt");
  expect(layout).toMatchObject({
    paperSize: "A4",
    orientation: "Landscape",
    printTitleRows: "$4:$6",
    printTitleColumns: "$A:$C",
    printArea: "A1:AM13",
  });
  expect(layout?.zoom).toEqual({ horizontalFitToPages: 3 });
  const { scale, pagesAcross } = fakeScale(fake, "Chỉ số thiếu hụt");
  expect(scale).toBeGreaterThanOrEqual(55);
  expect(pagesAcross).toBe(3);
});

test("the fake refuses title columns that are not whole columns, and a scale Excel refuses", async () => {
  const fake = FakeExcel.fromSpecs([{ name: "S", rows: [["x"]] }], { excelApi: "1.9" });
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").pageLayout.setPrintTitleColumns("A1:C4");
      await context.sync();
    })
  ).rejects.toEqual(expect.objectContaining({ code: "InvalidArgument" }));
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").pageLayout.zoom = { scale: 5 };
      await context.sync();
    })
  ).rejects.toEqual(expect.objectContaining({ code: "InvalidArgument" }));
});
