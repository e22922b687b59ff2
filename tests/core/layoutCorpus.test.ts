/**
 * The whole-layout corpus (tests/corpus/layoutCatalog.ts) through the xlsx host: each workbook written to .xlsx,
 * opened as the CLI opens it, every sheet detected; the tables found must be exactly the expected ones, and check clean.
 */
import { LAYOUTS } from "../corpus/layoutCatalog";
import { buildLayout } from "../corpus/layouts";
import type { ExpectedTable } from "../corpus/layouts";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { detectTables, readTable, toColumnLetters, validateTable } from "../../src/core";
import { XlsxHost } from "../../src/xlsx/XlsxHost";

describe("layout corpus", () => {
  it("holds at least 20 whole-layout workbooks", () =>
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(20));

  it.each(LAYOUTS.map((l) => [l.name, l] as const))("%s", async (_, layout) => {
    const built = buildLayout(layout);
    const host = await XlsxHost.fromBuffer(await toXlsxBuffer(built.spec));
    const found: ExpectedTable[] = [];
    const issues: string[] = [];
    for (const sheet of await host.listSheets()) {
      const grid = await host.readGrid(sheet);
      const r = detectTables(grid);
      if (!r.ok) continue;
      for (const t of r.tables) {
        found.push({
          sheet: t.sheet,
          columns: Object.fromEntries(
            Object.entries(t.columns).map(([k, c]) => [k, toColumnLetters(c as number)])
          ),
          headerRows: t.headerRows,
          unitRows: t.unitRows,
          totalsRow: t.totalsRow,
          groups: (t.groups ?? []).map((g) => ({
            name: g.name,
            headingRow: g.headingRow,
            subtotalRow: g.subtotalRow,
            unitRows: g.unitRows,
          })),
          breakdowns: t.breakdowns ?? [],
        });
        issues.push(...validateTable(readTable(grid, t)).map((i) => `${i.code}@${i.cell}`));
      }
    }
    expect(found).toEqual(built.tables);
    expect(issues).toEqual(layout.issues ?? []);
  });
});
