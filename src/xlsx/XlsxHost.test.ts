import * as ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import type { Grid } from "../core";
import { HostError } from "../core";
import type { WritePlan } from "../core";
import { SETTINGS_SHEET, XlsxHost } from "./XlsxHost";

import { WORKBOOKS as FIXTURES } from "../../tests/paths";
const CORPUS = path.resolve(__dirname, "../../tests/corpus");
const SHEET = "Phụ lục";
const clean = () => fs.readFileSync(path.join(FIXTURES, "binh-luong-2024.xlsx"));
const withErrors = () => fs.readFileSync(path.join(FIXTURES, "binh-luong-2024-errors.xlsx"));

/** The cell at an A1-ish (row, col) of a grid. */
function at(g: Grid, row: number, col: number) {
  const i = row - g.top;
  const j = col - g.left;
  return { value: g.values[i]?.[j], formula: g.formulas[i]?.[j], format: g.numberFormats[i]?.[j] };
}

async function bufferOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Everything a round trip must keep, per sheet: grid, every cell's style, column widths, merges, validations. */
async function fingerprint(host: XlsxHost) {
  const wb = host.excelWorkbook;
  const sheets = [];
  for (const name of await host.listSheets()) {
    const ws = wb.getWorksheet(name) as ExcelJS.Worksheet;
    const styles: Record<string, unknown> = {};
    ws.eachRow((row) =>
      row.eachCell((cell) => void (styles[cell.address] = JSON.parse(JSON.stringify(cell.style))))
    );
    const widths = Array.from(
      { length: ws.columnCount },
      (_, i) => ws.getColumn(i + 1).width ?? null
    );
    const validations = (ws as unknown as { dataValidations: { model: object } }).dataValidations
      .model;
    sheets.push({
      name,
      grid: await host.readGrid(name),
      styles,
      widths,
      validations: { ...validations },
      views: ws.views,
    });
  }
  return { sheets, definedNames: wb.definedNames.model, calc: { ...wb.calcProperties } };
}

/** A plan that touches every kind of write: values, text that looks like a formula, formulas, formats, styles. */
const RICH_PLAN: WritePlan = {
  action: "test",
  sheets: [
    {
      sheet: SHEET,
      writes: [
        {
          row: 9,
          col: 6,
          cell: { formula: "=ROUND(E9/D9*100,2)", result: 2.38 },
          numberFormat: "0.00",
        },
        { row: 8, col: 8, cell: { formula: "=ROUND(G8/D8*100,2)", result: 0 } },
        {
          row: 13,
          col: 4,
          cell: { value: 98 },
          style: { bold: true, fill: "#FFC7CE", border: true },
        },
        {
          row: 16,
          col: 2,
          cell: { value: '=HYPERLINK("http://x","y")' },
          style: { wrap: true, horizontal: "center" },
        },
        { row: 17, col: 2, cell: { value: "+84 912" } },
        {
          row: 5,
          col: 2,
          style: { italic: true, fontColor: "#1F4E79", fontName: "Times New Roman", fontSize: 13 },
        },
      ],
      merges: [{ top: 18, left: 1, bottom: 18, right: 4 }],
      columnWidths: [{ col: 2, width: 30 }],
      validations: [
        {
          range: { top: 8, left: 7, bottom: 13, right: 7 },
          type: "whole",
          min: 0,
          max: 20,
          prompt: "p",
        },
      ],
      freezeRows: 7,
    },
    {
      sheet: "Tổng hợp",
      create: true,
      writes: [{ row: 1, col: 1, cell: { value: "x" }, style: { bold: true } }],
    },
  ],
};

describe("readGrid", () => {
  test("reads the fixture's used range with merged slave cells blanked", async () => {
    const host = await XlsxHost.fromBuffer(clean());
    expect(await host.listSheets()).toEqual([SHEET]);
    expect(await host.activeSheet()).toBe(SHEET);
    const g = await host.readGrid(SHEET);
    expect([g.top, g.left, g.values.length, g.values[0]?.length]).toEqual([1, 1, 14, 9]);
    expect(at(g, 5, 1).value).toBe("TT");
    expect(at(g, 6, 1).value).toBeNull(); // A5:A7 merged
    expect(at(g, 5, 4).value).toBe("Công tác giảm nghèo");
    expect(at(g, 5, 5).value).toBeNull(); // D5:I5 merged
    expect(at(g, 2, 9).value).toBeNull(); // A2:I2 merged
    expect(at(g, 9, 6)).toEqual({ value: 2.38, formula: null, format: "0.00" });
    expect(at(g, 8, 2)).toEqual({ value: "Quang Trung", formula: null, format: "General" });
    expect(at(g, 14, 3).value).toBe(3017);
    expect(g.merges).toContainEqual({ top: 5, left: 1, bottom: 7, right: 1 });
    expect(g.merges).toContainEqual({ top: 5, left: 4, bottom: 5, right: 9 });
    expect(g.merges).toHaveLength(8);
    expect(g.hiddenRows).toEqual([]);
    for (const row of [g.values, g.formulas, g.numberFormats])
      expect(row.every((r) => r.length === 9)).toBe(true);
  });

  test("dates, rich text, hyperlinks, errors, formulas, shared formulas, booleans, hidden rows", async () => {
    const bytes = await bufferOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("B2").value = new Date(Date.UTC(2024, 0, 1));
      ws.getCell("B2").numFmt = "dd/mm/yyyy";
      ws.getCell("C2").value = {
        richText: [{ text: "Làng " }, { font: { bold: true }, text: "Gió" }],
      };
      ws.getCell("D2").value = { text: "trang web", hyperlink: "https://example.org" };
      ws.getCell("E2").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("B3").value = 126;
      ws.getCell("C3").value = 3;
      ws.getCell("D3").value = { formula: "ROUND(C3/B3*100,2)", result: 2.38 };
      ws.getCell("E3").value = {
        formula: "B3/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue;
      ws.getCell("B4").value = 130;
      ws.getCell("C4").value = 4;
      ws.fillFormula("F3:F4", "C3*2", [6, 8]);
      ws.getCell("G3").value = true;
      ws.getCell("G4").value = { formula: "C4-C4", result: 0 };
      ws.getRow(4).hidden = true;
    });
    const host = await XlsxHost.fromBuffer(bytes);
    const g = await host.readGrid("S");
    expect([g.top, g.left]).toEqual([2, 2]);
    expect(at(g, 2, 2)).toEqual({ value: 45292, formula: null, format: "dd/mm/yyyy" });
    expect(at(g, 2, 3).value).toBe("Làng Gió");
    expect(at(g, 2, 4).value).toBe("trang web");
    expect(at(g, 2, 5).value).toEqual({ error: "#DIV/0!" });
    expect(at(g, 3, 4)).toEqual({ value: 2.38, formula: "=ROUND(C3/B3*100,2)", format: "General" });
    expect(at(g, 3, 5)).toEqual({
      value: { error: "#DIV/0!" },
      formula: "=B3/0",
      format: "General",
    });
    expect(at(g, 3, 6)).toEqual({ value: 6, formula: "=C3*2", format: "General" });
    expect(at(g, 4, 6)).toEqual({ value: 8, formula: "=C4*2", format: "General" });
    expect(at(g, 3, 7).value).toBe(true);
    expect(at(g, 4, 7)).toEqual({ value: 0, formula: "=C4-C4", format: "General" });
    expect(g.hiddenRows).toEqual([4]);
  });

  test("an empty sheet is a 1×1 blank grid; a missing sheet is a HostError", async () => {
    const host = XlsxHost.create(["Trống"]);
    expect(await host.readGrid("Trống")).toMatchObject({
      top: 1,
      left: 1,
      values: [[null]],
      formulas: [[null]],
    });
    await expect(host.readGrid("Không có")).rejects.toMatchObject({
      name: "HostError",
      code: "SHEET_NOT_FOUND",
    });
  });
});

describe("fromBuffer rejects what it cannot read with a typed code", () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    ["plain text", () => new TextEncoder().encode("TT,Thôn\n1,Quang Trung\n"), "NOT_XLSX"],
    ["an empty file", () => new Uint8Array(0), "NOT_XLSX"],
    [
      "an encrypted workbook",
      () => fs.readFileSync(path.join(CORPUS, "password-protected.xlsx")),
      "ENCRYPTED_OR_XLS",
    ],
    ["an old .xls", () => fs.readFileSync(path.join(CORPUS, "old-format.xls")), "ENCRYPTED_OR_XLS"],
    ["a truncated xlsx", () => clean().subarray(0, Math.floor(clean().length / 2)), "CORRUPT"],
    [
      "a zip that is not a workbook",
      async () =>
        new JSZip().file("word/document.xml", "<w/>").generateAsync({ type: "uint8array" }),
      "NOT_XLSX",
    ],
    [
      "an OpenDocument spreadsheet (.ods): says to save it as .xlsx",
      async () =>
        new JSZip()
          .file("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
          .file("content.xml", "<office:document-content/>")
          .generateAsync({ type: "uint8array" }),
      "OPEN_DOCUMENT",
    ],
    [
      "a workbook part that is not XML",
      async () => {
        const zip = await JSZip.loadAsync(clean());
        zip.file("xl/workbook.xml", "<<<not xml");
        return zip.generateAsync({ type: "uint8array" });
      },
      "CORRUPT",
    ],
    ["a workbook without sheets", () => bufferOf(() => undefined), "EMPTY_WORKBOOK"],
  ];
  test.each(cases)("%s", async (_, make, code) => {
    const error = await XlsxHost.fromBuffer(await make(), "f.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe(code);
    expect((error as HostError).message).toContain("f.xlsx");
  });
});

describe("apply and undo", () => {
  test("writes values, text that looks like a formula, formulas with cached results, formats, styles, sheets", async () => {
    const host = await XlsxHost.fromBuffer(withErrors());
    const result = await host.apply(RICH_PLAN);
    expect(result).toEqual({ cellsWritten: 7, sheetsCreated: ["Tổng hợp"] });
    const reopened = await XlsxHost.fromBuffer(await host.toBuffer());
    const g = await reopened.readGrid(SHEET);
    expect(at(g, 9, 6)).toEqual({ value: 2.38, formula: "=ROUND(E9/D9*100,2)", format: "0.00" });
    expect(at(g, 8, 8)).toEqual({ value: 0, formula: "=ROUND(G8/D8*100,2)", format: "0.00" });
    expect(at(g, 13, 4).value).toBe(98);
    expect(at(g, 16, 2)).toEqual({
      value: '=HYPERLINK("http://x","y")',
      formula: null,
      format: "General",
    });
    expect(at(g, 17, 2).value).toBe("+84 912");
    expect(g.merges).toContainEqual({ top: 18, left: 1, bottom: 18, right: 4 });
    const ws = reopened.excelWorkbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(ws.getCell("D13").font?.bold).toBe(true);
    expect(ws.getCell("D13").fill).toMatchObject({
      type: "pattern",
      fgColor: { argb: "FFFFC7CE" },
    });
    expect(ws.getCell("D13").border?.top?.style).toBe("thin");
    expect(ws.getCell("B16").alignment).toMatchObject({ wrapText: true, horizontal: "center" });
    expect(ws.getCell("B5").font).toMatchObject({
      italic: true,
      color: { argb: "FF1F4E79" },
      name: "Times New Roman",
      size: 13,
    });
    expect(ws.getCell("B5").value).toBe("Thôn");
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getCell("G10").dataValidation).toMatchObject({ type: "whole", formulae: [0, 20] });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(await reopened.listSheets()).toEqual([SHEET, "Tổng hợp"]);
    // Text is stored as a string, never as a formula element.
    const xml = await (
      await JSZip.loadAsync(await host.toBuffer())
    )
      .file("xl/worksheets/sheet1.xml")
      ?.async("string");
    expect(xml).not.toMatch(/<f>HYPERLINK/);
    expect(xml).toMatch(/<f>ROUND\(E9\/D9\*100,2\)<\/f>/);
    // Excel recalculates formulas on open.
    const workbookXml = await (
      await JSZip.loadAsync(await host.toBuffer())
    )
      .file("xl/workbook.xml")
      ?.async("string");
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test.each([
    ["clean", clean],
    ["errors", withErrors],
  ])("undo restores the %s fixture cell for cell, also after a save", async (_, read) => {
    const host = await XlsxHost.fromBuffer(read());
    const before = await fingerprint(host);
    await host.apply(RICH_PLAN);
    expect(await fingerprint(host)).not.toEqual(before);
    expect(host.undoDepth()).toBe(1);
    expect((await host.undo()).status).toBe("done");
    expect(host.undoDepth()).toBe(0);
    expect(await fingerprint(host)).toEqual(before);
    const reopened = await XlsxHost.fromBuffer(await host.toBuffer());
    expect((await fingerprint(reopened)).sheets.map((s) => s.grid)).toEqual(
      before.sheets.map((s) => s.grid)
    );
    expect((await host.undo()).status).toBe("nothing");
  });

  test("undo is a stack: each step goes back to the state before it", async () => {
    const host = await XlsxHost.fromBuffer(clean());
    const s0 = await fingerprint(host);
    await host.apply({
      action: "a",
      sheets: [{ sheet: SHEET, writes: [{ row: 8, col: 7, cell: { value: 1 } }] }],
    });
    const s1 = await fingerprint(host);
    await host.apply({
      action: "b",
      sheets: [{ sheet: SHEET, writes: [{ row: 8, col: 7, cell: { value: 2 } }] }],
    });
    expect(host.undoActions()).toEqual(["a", "b"]);
    await host.undo();
    expect(await fingerprint(host)).toEqual(s1);
    await host.undo();
    expect(await fingerprint(host)).toEqual(s0);
  });

  test("a plan that cannot be applied changes nothing", async () => {
    const host = await XlsxHost.fromBuffer(clean());
    const before = await fingerprint(host);
    const write = { row: 8, col: 7, cell: { value: 5 } };
    await expect(
      host.apply({
        action: "x",
        sheets: [
          { sheet: SHEET, writes: [write] },
          { sheet: SHEET, create: true, writes: [] },
        ],
      })
    ).rejects.toMatchObject({ code: "SHEET_EXISTS" });
    await expect(
      host.apply({
        action: "x",
        sheets: [
          { sheet: SHEET, writes: [write] },
          { sheet: "Không có", writes: [write] },
        ],
      })
    ).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
    await expect(
      host.apply({
        action: "x",
        sheets: [
          { sheet: SHEET, writes: [write], merges: [{ top: 5, left: 1, bottom: 6, right: 2 }] },
        ],
      })
    ).rejects.toThrow(/overlaps/);
    expect(await fingerprint(host)).toEqual(before);
    expect(host.undoDepth()).toBe(0);
  });

  test("overwriting a shared formula's master keeps the other cells' formulas", async () => {
    const bytes = await bufferOf((wb) => {
      const ws = wb.addWorksheet("S");
      [1, 2, 3].forEach((r) => (ws.getCell(r, 1).value = r));
      ws.fillFormula("B1:B3", "A1*10", [10, 20, 30]);
    });
    const host = await XlsxHost.fromBuffer(bytes);
    const before = await fingerprint(host);
    await host.apply({
      action: "x",
      sheets: [{ sheet: "S", writes: [{ row: 1, col: 2, cell: { value: 7 } }] }],
    });
    const g = await (await XlsxHost.fromBuffer(await host.toBuffer())).readGrid("S");
    expect(g.values.map((r) => r[1])).toEqual([7, 20, 30]);
    expect(g.formulas.map((r) => r[1])).toEqual([null, "=A2*10", "=A3*10"]);
    await host.undo();
    expect(await fingerprint(host)).toEqual(before);
    const again = await (await XlsxHost.fromBuffer(await host.toBuffer())).readGrid("S");
    expect(again.formulas.map((r) => r[1])).toEqual(["=A1*10", "=A2*10", "=A3*10"]);
  });

  test("in a merged area the value goes to the top-left cell and styles stay on each cell", async () => {
    const host = await XlsxHost.fromBuffer(clean());
    const before = await fingerprint(host);
    const border = { border: true } as const;
    await host.apply({
      action: "x",
      sheets: [
        {
          sheet: SHEET,
          merges: [{ top: 20, left: 1, bottom: 20, right: 3 }],
          writes: [
            { row: 20, col: 2, cell: { value: "Tổng hợp" }, style: border },
            { row: 20, col: 1, style: border },
            { row: 20, col: 3, style: { ...border, fill: "#DDEBF7" } },
          ],
        },
      ],
    });
    const reopened = await XlsxHost.fromBuffer(await host.toBuffer());
    const g = await reopened.readGrid(SHEET);
    expect([at(g, 20, 1).value, at(g, 20, 2).value, at(g, 20, 3).value]).toEqual([
      "Tổng hợp",
      null,
      null,
    ]);
    const ws = reopened.excelWorkbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
    for (const a of ["A20", "B20", "C20"]) expect(ws.getCell(a).border?.right?.style).toBe("thin");
    expect(ws.getCell("C20").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    await host.undo();
    expect(await fingerprint(host)).toEqual(before);
  });

  test("other sheets, styles, merges, widths and defined names survive read → apply → save", async () => {
    const bytes = await bufferOf((wb) => {
      const a = wb.addWorksheet("Ghi chú");
      a.getCell("A1").value = "giữ nguyên";
      a.getCell("A1").font = { bold: true, color: { argb: "FFFF0000" } };
      a.mergeCells("A3:C4");
      a.getColumn(1).width = 25;
      const b = wb.addWorksheet("Dữ liệu");
      b.getCell("A1").value = 1;
      wb.definedNames.add("'Ghi chú'!$A$1", "ghichu");
    });
    const host = await XlsxHost.fromBuffer(bytes);
    const before = await fingerprint(host);
    await host.apply({
      action: "x",
      sheets: [{ sheet: "Dữ liệu", writes: [{ row: 2, col: 1, cell: { value: 2 } }] }],
    });
    const after = await fingerprint(await XlsxHost.fromBuffer(await host.toBuffer()));
    expect(after.sheets[0]).toEqual(before.sheets[0]);
    expect(after.definedNames).toEqual(before.definedNames);
    expect(at(after.sheets[1]?.grid as Grid, 2, 1).value).toBe(2);
  });
});

describe("selection, highlight and settings", () => {
  test("highlight fills cells and clearHighlight restores the original fills", async () => {
    const host = await XlsxHost.fromBuffer(clean());
    const before = await fingerprint(host);
    await host.highlight(SHEET, ["F9", "E10"]);
    await host.highlight(SHEET, ["F9"]);
    const ws = host.excelWorkbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(ws.getCell("F9").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    await host.clearHighlight();
    expect(await fingerprint(host)).toEqual(before);
  });

  test("selectCell records the active cell and sheet", async () => {
    const host = await XlsxHost.fromBuffer(clean());
    await host.selectCell(SHEET, "$f$9");
    expect(host.selectedCell()).toEqual({ sheet: SHEET, address: "F9" });
    await expect(host.selectCell("Không có", "A1")).rejects.toMatchObject({
      code: "SHEET_NOT_FOUND",
    });
  });

  test("settings are kept in a very hidden sheet that listSheets does not show", async () => {
    const host = await XlsxHost.fromBuffer(clean());
    expect(await host.loadSetting("mapping")).toBeNull();
    await host.saveSetting("mapping", '{"unit":2}');
    const reopened = await XlsxHost.fromBuffer(await host.toBuffer());
    expect(await reopened.loadSetting("mapping")).toBe('{"unit":2}');
    expect(await reopened.listSheets()).toEqual([SHEET]);
    expect(reopened.excelWorkbook.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    await expect(reopened.readGrid(SETTINGS_SHEET)).rejects.toMatchObject({
      code: "SHEET_NOT_FOUND",
    });
  });
});

test("apply says how many charts of the plan it could not draw (the pane tells the officer)", async () => {
  const host = await XlsxHost.fromBuffer(clean(), "clean.xlsx");
  const range = { top: 1, left: 1, bottom: 2, right: 1 };
  const result = await host.apply({
    action: "test",
    sheets: [
      {
        sheet: "Biểu đồ",
        create: true,
        writes: [{ row: 1, col: 1, cell: { value: "Thôn" } }],
        charts: [
          {
            kind: "columnClustered",
            title: "Tỷ lệ",
            categories: range,
            series: [{ name: "Tỷ lệ", values: range }],
            anchor: range,
          },
        ],
      },
    ],
  });
  expect(result.chartsSkipped).toBe(1);
  const plain = await host.apply({
    action: "test",
    sheets: [{ sheet: "Biểu đồ", writes: [{ row: 2, col: 1, cell: { value: 1 } }] }],
  });
  expect(plain.chartsSkipped).toBeUndefined();
});
