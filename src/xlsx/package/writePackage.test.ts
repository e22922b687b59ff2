import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { HostError } from "../../core";
import type { WritePlan } from "../../core";
import { PACKAGES, WORKBOOKS } from "../../../tests/paths";
import { XlsxHost } from "../XlsxHost";

const SHEET = "Phụ lục";
const file = (name: string) => new Uint8Array(fs.readFileSync(path.join(PACKAGES, name)));
const part = async (bytes: Uint8Array, name: string): Promise<string> =>
  (await (await JSZip.loadAsync(bytes)).file(name)?.async("string")) ?? "";
const parts = async (bytes: Uint8Array): Promise<string[]> => {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files)
    .filter((name) => !zip.files[name]?.dir)
    .sort();
};

const SUMMARY_PLAN: WritePlan = {
  action: "summary",
  sheets: [
    {
      sheet: "Tổng hợp",
      create: true,
      marker: "summary",
      writes: [
        { row: 1, col: 1, cell: { value: "TỔNG HỢP" }, style: { bold: true, fill: "#1F4E79" } },
        { row: 2, col: 1, cell: { formula: "=SUM('Phụ lục'!E8:E13)", result: 32 } },
        { row: 3, col: 1, cell: { value: "Thôn mới" } },
      ],
      print: {
        paper: "A4",
        orientation: "portrait",
        fitToWidth: true,
        repeatRows: { top: 1, bottom: 1 },
      },
      tables: [{ range: { top: 1, left: 1, bottom: 3, right: 1 }, name: "BangTongHop" }],
    },
  ],
};

describe("writing into the original package", () => {
  test("a workbook nobody changed is written back as the very same bytes", async () => {
    const bytes = file("chart-image.xlsx");
    const host = await XlsxHost.fromBuffer(bytes);
    expect(Buffer.from(await host.toBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  test("the preview's download (highlight, clear, edit a cell) keeps the chart and changes one cell", async () => {
    const bytes = file("chart-image.xlsx");
    const host = await XlsxHost.fromBuffer(bytes);
    await host.highlight(SHEET, ["F9", "E9"]);
    await host.clearHighlight();
    await host.editCell(SHEET, "F9", "2,38");
    const out = await host.toBuffer();
    expect(await parts(out)).toEqual(await parts(bytes));
    for (const name of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/image1.png"])
      expect(await part(out, name)).toBe(await part(bytes, name));
    const before = await part(bytes, "xl/worksheets/sheet1.xml");
    const after = await part(out, "xl/worksheets/sheet1.xml");
    expect(after).toContain('<c r="F9" s="5"><v>2.38</v></c>');
    // Nothing else in the sheet moved: the same text once F9 is put back (the row loses its `spans` hint).
    expect(after.replace('<v>2.38</v></c><c r="G9"', '<v>2.5</v></c><c r="G9"')).toBe(
      before.replace('<row r="9" spans="1:9"', '<row r="9"')
    );
  });

  test("a format-only change keeps the cell's rich text and takes a new cell format", async () => {
    const bytes = file("rich-text.xlsx");
    const host = await XlsxHost.fromBuffer(bytes);
    // A fill set on the cell (highlights are lifted while the file is written, so set one directly).
    const ws = host.excelWorkbook.getWorksheet(SHEET);
    const b8Cell = ws!.getCell("B8");
    const fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } } as const;
    b8Cell.style = { ...structuredClone(b8Cell.style), fill }; // its own style: B9 shares the old one
    const out = await host.toBuffer();
    const sheet = await part(out, "xl/worksheets/sheet1.xml");
    const b8 = /<c r="B8"[^>]*>[\s\S]*?<\/c>/.exec(sheet)?.[0] ?? "";
    expect(b8).toMatch(/ t="s"><v>15<\/v>/); // the rich-text shared string, untouched
    expect(b8).not.toContain('s="4"');
    expect(await part(out, "xl/sharedStrings.xml")).toBe(await part(bytes, "xl/sharedStrings.xml"));
    const styles = await part(out, "xl/styles.xml");
    expect(styles).toContain("FFFFEB9C");
    const reopened = await XlsxHost.fromBuffer(out);
    expect(await reopened.cellFills(SHEET, ["B8", "B9"])).toEqual(["#FFEB9C", null]);
  });

  test("a created sheet comes with its table, print titles and marker; undo takes them all back", async () => {
    const bytes = file("dynamic-filter.xlsx");
    const host = await XlsxHost.fromBuffer(bytes);
    await host.apply(SUMMARY_PLAN);
    const out = await host.toBuffer();
    const book = await part(out, "xl/workbook.xml");
    expect(book).toMatch(/<sheet name="Tổng hợp" sheetId="3" r:id="rId\d+"\/>/);
    expect(book).toContain(
      "<definedName name=\"_giamngheo.summary.1\">'Tổng hợp'!$A$1</definedName>"
    );
    expect(book).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="2">(&apos;|')Tổng hợp(&apos;|')!\$1:\$1<\/definedName>/
    );
    expect(book).toContain('fullCalcOnLoad="1"');
    const tables = (await parts(out)).filter((p) => p.startsWith("xl/tables/"));
    expect(tables).toEqual(["xl/tables/table1.xml", "xl/tables/table2.xml"]);
    expect(await part(out, "xl/tables/table1.xml")).toBe(await part(bytes, "xl/tables/table1.xml"));
    expect(await part(out, "xl/tables/table2.xml")).toMatch(/<table\b[^>]* id="2"/);
    const reopened = await XlsxHost.fromBuffer(out);
    const grid = await reopened.readGrid("Tổng hợp");
    expect(grid.generated).toBe("summary");
    expect(grid.values[0]?.[0]).toBe("TỔNG HỢP");
    expect(grid.tables?.map((t) => t.name)).toEqual(["BangTongHop"]);

    await host.undo();
    const undone = await host.toBuffer();
    expect(Buffer.from(undone).equals(Buffer.from(bytes))).toBe(true);
  });

  test("settings go into a new very hidden sheet, and a second save rewrites its cells in place", async () => {
    const host = await XlsxHost.fromBuffer(file("pivot-table.xlsx"));
    await host.saveSetting("mapping", "B=unit");
    const first = await host.toBuffer();
    expect(await part(first, "xl/workbook.xml")).toMatch(
      /<sheet name="giamngheo_settings" sheetId="3" state="veryHidden" r:id="rId\d+"\/>/
    );
    const again = await XlsxHost.fromBuffer(first);
    await again.saveSetting("mapping", "C=unit");
    const second = await XlsxHost.fromBuffer(await again.toBuffer());
    expect(await second.loadSetting("mapping")).toBe("C=unit");
    expect(await part(await again.toBuffer(), "xl/pivotTables/pivotTable1.xml")).toBe(
      await part(file("pivot-table.xlsx"), "xl/pivotTables/pivotTable1.xml")
    );
  });

  test("overwriting a shared formula's master writes its followers as plain formulas", async () => {
    const host = await XlsxHost.fromBuffer(file("shared-formulas.xlsx"));
    await host.apply({
      action: "fix",
      sheets: [
        {
          sheet: SHEET,
          writes: [{ row: 8, col: 6, cell: { formula: "=ROUND(E8/D8*100,2)", result: 0.79 } }],
        },
      ],
    });
    const sheet = await part(await host.toBuffer(), "xl/worksheets/sheet1.xml");
    expect(sheet).toContain("<f>ROUND(E8/D8*100,2)</f>");
    expect(sheet).toContain("<f>ROUND(E9/D9*100,2)</f>");
    expect(sheet).toContain("<f>ROUND(E13/D13*100,2)</f>");
    expect(sheet).not.toContain('si="0"');
    expect(sheet).toContain('<f t="shared" ref="I8:I13" si="1">F8-H8</f>');
  });

  test("a part with a namespace prefix gets its new cells in SpreadsheetML's namespace", async () => {
    const zip = await JSZip.loadAsync(
      fs.readFileSync(path.join(WORKBOOKS, "binh-luong-2024.xlsx"))
    );
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const prefixed = sheet
      .replace(/<(\/?)([a-zA-Z]+)([\s>/])/g, (m, slash: string, name: string, next: string) =>
        name === "xml" ? m : `<${slash}x:${name}${next}`
      )
      .replace('xmlns="http://schemas', 'xmlns:x="http://schemas');
    zip.file("xl/worksheets/sheet1.xml", prefixed);
    const host = await XlsxHost.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
    await host.apply({
      action: "t",
      sheets: [{ sheet: SHEET, writes: [{ row: 20, col: 2, cell: { value: 7 } }] }],
    });
    const out = await host.toBuffer();
    expect(await part(out, "xl/worksheets/sheet1.xml")).toContain(
      '<row xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="20"><c r="B20"><v>7</v></c></row>'
    );
    const grid = await (await XlsxHost.fromBuffer(out)).readGrid(SHEET);
    expect(grid.values[20 - grid.top]?.[2 - grid.left]).toBe(7);
  });
});

describe("opening what Excel opens", () => {
  test("a well-formed package whose content ExcelJS cannot read is not called damaged", async () => {
    const zip = await JSZip.loadAsync(file("chart-image.xlsx"));
    // A validation without its cells (Excel would repair it): the zip and every part are fine, ExcelJS throws.
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheet.replace(
        "</mergeCells>",
        '</mergeCells><dataValidations count="1"><dataValidation type="whole"><formula1>0</formula1></dataValidation></dataValidations>'
      )
    );
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const error = await XlsxHost.fromBuffer(bytes, "x.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("UNREADABLE_CONTENT");
    expect((error as HostError).message).not.toMatch(/hỏng/);
    expect((error as HostError).message).toMatch(/Lưu như/);
  });
});
