/**
 * Every sheet `summary` adds is ready to print with the plan (DESIGN.md "Generated sheets"): A4, landscape when wide,
 * at a readable scale (one page wide, or the deprivation sheet in page-wide blocks with its first columns repeated),
 * header rows repeated, Times New Roman, the PHỤ LỤC / "(Kèm theo Kế hoạch số …)" heading lines in the print area and
 * the working notes outside it — read back with ExcelJS, and printed to PDF by LibreOffice to count the pages and
 * measure the printed text.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CLEAN, run, tempDir } from "../cli/harness";
import { hasLibreOffice, printToPdfWithLibreOffice } from "../helpers/libreoffice";
import { isA4Landscape, readPdfFontSizes, readPdfPages } from "../helpers/pdfPages";
import { normalized, readPdfText } from "../helpers/pdfText";
import { NOTES, printAreaOf, writtenScale } from "./printScale";

/** The working notes' words as `normalized` leaves them. */
const NOTES_IN_PDF = new RegExp(
  ["Số liệu liên kết bằng công thức", "chưa được đối chiếu với văn bản gốc", "Chuẩn nghèo:"]
    .map(normalized)
    .join("|"),
  "u"
);

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

  test("Tổng hợp: A4 landscape, one page wide at ≥ 55 %, header row repeated", async () => {
    const ws = (await load(out)).getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    const p = ws.pageSetup;
    expect(p.paperSize).toBe(9); // A4
    expect(p.orientation).toBe("landscape");
    expect([p.fitToPage, p.fitToWidth, p.fitToHeight]).toEqual([true, 1, 0]);
    expect(p.printTitlesRow?.replace(/\$/g, "")).toBe("4:4");
    expect(writtenScale(ws).scale).toBeGreaterThanOrEqual(55);
  });

  test("Chỉ số thiếu hụt: A4 landscape in page-wide blocks at ≥ 55 %, TT/unit/denominator repeated", async () => {
    const ws = (await load(out)).getWorksheet("Chỉ số thiếu hụt") as ExcelJS.Worksheet;
    const p = ws.pageSetup;
    expect(p.paperSize).toBe(9);
    expect(p.orientation).toBe("landscape");
    expect([p.fitToPage, p.fitToWidth, p.fitToHeight]).toEqual([true, 3, 0]);
    expect(p.printTitlesRow?.replace(/\$/g, "")).toBe("4:6");
    expect(p.printTitlesColumn?.replace(/\$/g, "")).toBe("A:C");
    const { scale, pagesAcross } = writtenScale(ws);
    expect(scale).toBeGreaterThanOrEqual(55);
    expect(pagesAcross).toBe(3); // counts, rates, households still to resolve
  });

  test.each(ADDED)(
    "%s: the working notes are outside the print area, the heading lines inside",
    async (name) => {
      const ws = (await load(out)).getWorksheet(name) as ExcelJS.Worksheet;
      const area = printAreaOf(ws);
      expect(area.top).toBe(1); // rows 1–2: PHỤ LỤC and "(Kèm theo Kế hoạch …)"
      const notes: number[] = [];
      ws.eachRow((row, r) =>
        row.eachCell((cell) => {
          if (NOTES.test(String(cell.value))) notes.push(r);
        })
      );
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.every((r) => r > area.bottom)).toBe(true);
    }
  );

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
      // ExcelJS reads "$A$1:$I$11" back as "A1:I11" and would write "$A1:$I11", which LibreOffice ignores
      // (LibreOffice prints a hidden sheet's print area too: only the printed sheet keeps one)
      const area = ws.pageSetup.printArea;
      if (area && ws.name === sheet)
        ws.pageSetup.printArea = area.replace(/([A-Z]+)\$?(\d+)/g, "$1$$$2");
      else delete ws.pageSetup.printArea;
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

  /** Largest and smallest font sizes the sheet's cells ask for. */
  async function fontSizes(file: string, sheet: string): Promise<number[]> {
    const ws = (await load(file)).getWorksheet(sheet) as ExcelJS.Worksheet;
    const sizes: number[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (c.font?.size && sizes.push(c.font.size))));
    return sizes;
  }

  test.each([
    ["Tổng hợp", 1],
    ["Chỉ số thiếu hụt", 3], // counts, rates, households still to resolve: one page across each
  ] as const)(
    "%s prints on A4 landscape in %i page(s), its text at ≥ 55 %",
    async (name, pages) => {
      const out = await summaryOf(CLEAN);
      const pdf = await printToPdfWithLibreOffice(await only(out, name, true));
      const printed = readPdfPages(pdf);
      expect(printed.length).toBe(pages);
      expect(printed.every(isA4Landscape)).toBe(true);
      const asked = await fontSizes(out, name);
      const drawn = readPdfFontSizes(pdf);
      const scale = Math.min(
        Math.max(...drawn) / Math.max(...asked),
        Math.min(...drawn) / Math.min(...asked)
      );
      expect(scale).toBeGreaterThanOrEqual(0.55);
      // the heading lines print, the working notes do not
      const text = normalized(readPdfText(pdf));
      expect(text).toContain(normalized("PHỤ LỤC:"));
      expect(text).toContain(normalized("(Kèm theo Kế hoạch số"));
      expect(text).toContain(normalized("Làng Mài"));
      expect(text).not.toMatch(NOTES_IN_PDF);
      if (name === "Chỉ số thiếu hụt") {
        const control = readPdfPages(await printToPdfWithLibreOffice(await only(out, name, false)));
        expect(control.length).toBeGreaterThan(pages);
      }
    },
    300_000
  );
});
