import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Grid } from "../core";
import { XlsxHost } from "./XlsxHost";

/** A sheet whose rate cells carry a literal percent sign (`0.00\%`) beside a real percent format. */
async function literalPercentBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.getCell("A1").value = 4.39;
  ws.getCell("A1").numFmt = "0.00\\%";
  ws.getCell("A2").value = 0.0439;
  ws.getCell("A2").numFmt = "0.00%";
  ws.getCell("A3").value = 4.39;
  ws.getCell("A3").numFmt = '0.00"%"';
  ws.getCell("A4").value = 1234;
  ws.getCell("A4").numFmt = "#,##0\\ \\h\\ộ";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const formatAt = (g: Grid, row: number): string | undefined =>
  g.numberFormats[row - g.top]?.[1 - g.left];

async function stylesXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file("xl/styles.xml")?.async("string")) ?? "";
}

describe("number formats as written in the package", () => {
  it("readGrid gives the format code as written, escapes kept (ExcelJS alone unescapes them)", async () => {
    const host = await XlsxHost.fromBuffer(await literalPercentBook());
    const grid = await host.readGrid("Phụ lục");
    expect(formatAt(grid, 1)).toBe("0.00\\%");
    expect(formatAt(grid, 2)).toBe("0.00%");
    expect(formatAt(grid, 3)).toBe('0.00"%"');
    expect(formatAt(grid, 4)).toBe("#,##0\\ \\h\\ộ");
  });

  it("saving keeps a literal percent sign literal (a rate of 7.46 never shows 746%)", async () => {
    const host = await XlsxHost.fromBuffer(await literalPercentBook());
    const xml = await stylesXml(await host.toBuffer());
    expect(xml).toContain('formatCode="0.00\\%"');
    expect(xml).toContain('numFmtId="10"'); // the real percent format stays built-in 0.00%
  });
});
