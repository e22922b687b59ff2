/**
 * Every sheet `summary` adds is ready to print with the plan (DESIGN.md "Generated sheets"): A4, landscape when wide,
 * one page wide, header rows repeated, Times New Roman, the PHỤ LỤC / "(Kèm theo Kế hoạch số …)" heading lines — read
 * back with ExcelJS, and printed to PDF by LibreOffice to count the pages.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CLEAN, run, tempDir } from "../cli/harness";
import { hasLibreOffice, printToPdfWithLibreOffice } from "../helpers/libreoffice";
import { isA4Landscape, readPdfPages } from "../helpers/pdfPages";

const ADDED = ["Tổng hợp", "Chỉ số thiếu hụt"];

async function summaryOf(input: string, ...extra: string[]): Promise<string> {
  const out = path.join(tempDir(), "summary.xlsx");
  const r = await run("summary", input, "-o", out, ...extra);
  expect(r.code).toBe(0);
  return out;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("every sheet summary adds is print-ready", () => {
  let out = "";
  beforeAll(async () => {
    out = await summaryOf(CLEAN, "--previous-poor", "40", "--previous-near-poor", "14");
  });

  test.each(ADDED)("%s: A4, landscape, one page wide, header rows repeated", async (name) => {
    const ws = (await load(out)).getWorksheet(name) as ExcelJS.Worksheet;
    expect(ws).toBeDefined();
    const p = ws.pageSetup;
    expect(p.paperSize).toBe(9); // A4
    expect(p.orientation).toBe("landscape");
    expect(p.fitToPage).toBe(true);
    expect(p.fitToWidth).toBe(1);
    expect(p.fitToHeight).toBe(0);
    expect(p.printTitlesRow?.replace(/\$/g, "")).toBe(name === "Tổng hợp" ? "4:4" : "4:6");
  });

  test.each(ADDED)("%s: every written cell is Times New Roman", async (name) => {
    const ws = (await load(out)).getWorksheet(name) as ExcelJS.Worksheet;
    let cells = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.master.address !== cell.address) return; // a merged area prints its top-left cell
        cells++;
        expect([cell.address, cell.font?.name]).toEqual([cell.address, "Times New Roman"]);
        expect(cell.font?.size).toBeGreaterThanOrEqual(11);
      })
    );
    expect(cells).toBeGreaterThan(30);
  });

  test.each(ADDED)("%s: the PHỤ LỤC and “Kèm theo Kế hoạch” heading lines", async (name) => {
    const ws = (await load(out)).getWorksheet(name) as ExcelJS.Worksheet;
    expect(String(ws.getCell("A1").value)).toMatch(/^PHỤ LỤC: [A-ZĐ]/u);
    expect(String(ws.getCell("A2").value)).toMatch(
      /^\(Kèm theo Kế hoạch số +\/KH-UBND ngày +\/ +\/2024 của UBND xã Bình Lương\)$/
    );
    expect(ws.getCell("A1").font?.bold).toBe(true);
  });

  test("the summary sheet shows last year beside this year", async () => {
    const ws = (await load(out)).getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    expect(ws.getCell("B13").value).toBe("Số hộ nghèo năm 2023");
    expect(ws.getCell("C13").value).toBe(40);
    expect((ws.getCell("E13").value as ExcelJS.CellFormulaValue).result).toBe(5.49);
    expect((ws.getCell("G13").value as ExcelJS.CellFormulaValue).result).toBe(-1.1);
    expect(ws.getCell("B14").value).toBe("Số hộ cận nghèo năm 2023");
    expect((ws.getCell("E14").value as ExcelJS.CellFormulaValue).result).toBe(1.92);
  });
});

(hasLibreOffice() ? describe : describe.skip)("printed by LibreOffice", () => {
  /** The workbook with only `sheet` visible, optionally without fit-to-width (the control). */
  async function only(file: string, sheet: string, fit: boolean): Promise<string> {
    const wb = await load(file);
    wb.eachSheet((ws) => {
      ws.state = ws.name === sheet ? "visible" : "hidden";
      if (!fit && ws.name === sheet) {
        ws.pageSetup.fitToPage = false;
        ws.pageSetup.scale = 100;
      }
    });
    wb.views = [
      { activeTab: wb.worksheets.findIndex((w) => w.name === sheet) } as ExcelJS.WorkbookView,
    ];
    const target = path.join(tempDir(), `${fit ? "fit" : "nofit"}.xlsx`);
    fs.writeFileSync(target, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    return target;
  }

  test.each(ADDED)(
    "%s prints on A4 landscape, one page across (without fit-to-width it would not)",
    async (name) => {
      const out = await summaryOf(CLEAN);
      const pages = readPdfPages(await printToPdfWithLibreOffice(await only(out, name, true)));
      expect(pages.length).toBe(1);
      expect(pages.every(isA4Landscape)).toBe(true);
      if (name === "Chỉ số thiếu hụt") {
        const control = readPdfPages(await printToPdfWithLibreOffice(await only(out, name, false)));
        expect(control.length).toBeGreaterThan(1);
      }
    },
    300_000
  );
});
