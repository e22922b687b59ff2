import * as fs from "fs";
import * as path from "path";
import { PACKAGES } from "../../tests/paths";
import type { WritePlan } from "../core";
import { ZipPackage } from "./package/zipPackage";
import { XlsxHost } from "./XlsxHost";

/** The appendix as an Excel Table (Bang1, A3:E10, header row 3, a calculated rate column E) as Excel writes it. */
const TABLE_FILE = path.join(PACKAGES, "table-totals.xlsx");
const TABLE_PART = "xl/tables/table1.xml";

/** The same file with the table's header row turned off (Excel writes `headerRowCount="0"`). */
async function withoutHeaderRow(): Promise<Uint8Array> {
  const pkg = await ZipPackage.open(new Uint8Array(fs.readFileSync(TABLE_FILE)));
  const xml = (await pkg.text(TABLE_PART)) ?? "";
  expect(xml).not.toContain("headerRowCount");
  pkg.setText(
    TABLE_PART,
    xml.replace(/<table\b([^>]*) ref="/, '<table$1 headerRowCount="0" ref="')
  );
  return pkg.bytes();
}

/** A formula for the table's first row: the header when the table has one, the first body row when not. */
const FIRST_ROW_RATE: WritePlan = {
  action: "test",
  sheets: [
    {
      sheet: "Phụ lục",
      writes: [{ row: 3, col: 5, cell: { formula: "=ROUND(D3/C3*100,2)", result: 2.5 } }],
    },
  ],
};

async function sheetName(host: XlsxHost): Promise<string> {
  return host.activeSheet();
}

describe("xlsx host: Excel Tables with and without a header row", () => {
  test("a table as Excel writes it (no headerRowCount: one header row) has a header row", async () => {
    const host = await XlsxHost.fromBuffer(fs.readFileSync(TABLE_FILE));
    const grid = await host.readGrid(await sheetName(host));
    expect(grid.tables).toEqual([
      { name: "Bang1", range: { top: 3, left: 1, bottom: 10, right: 5 } },
    ]);
  });

  test('a table with headerRowCount="0" is read as having no header row', async () => {
    const host = await XlsxHost.fromBuffer(await withoutHeaderRow());
    const grid = await host.readGrid(await sheetName(host));
    expect(grid.tables).toEqual([
      { name: "Bang1", range: { top: 3, left: 1, bottom: 10, right: 5 }, headerRow: false },
    ]);
  });

  test("its first row is body: a formula written there goes in as its value, as into any table body", async () => {
    const host = await XlsxHost.fromBuffer(await withoutHeaderRow());
    const sheet = await sheetName(host);
    await host.apply({ ...FIRST_ROW_RATE, sheets: [{ ...FIRST_ROW_RATE.sheets[0]!, sheet }] });
    const grid = await host.readGrid(sheet);
    const [i, j] = [3 - grid.top, 5 - grid.left];
    expect(grid.formulas[i]?.[j] ?? null).toBeNull();
    expect(grid.values[i]?.[j]).toBe(2.5);
  });

  test("with a header row, the same cell is the header: the formula is written as a formula", async () => {
    const host = await XlsxHost.fromBuffer(fs.readFileSync(TABLE_FILE));
    const sheet = await sheetName(host);
    await host.apply({ ...FIRST_ROW_RATE, sheets: [{ ...FIRST_ROW_RATE.sheets[0]!, sheet }] });
    const grid = await host.readGrid(sheet);
    expect(grid.formulas[3 - grid.top]?.[5 - grid.left]).toBe("=ROUND(D3/C3*100,2)");
  });
});
