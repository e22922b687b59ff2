/**
 * The whole-layout corpus (tests/corpus/layoutCatalog.ts) through the xlsx host: each workbook written to .xlsx,
 * opened as the CLI opens it, every sheet detected; the tables found must be exactly the expected ones, and check clean.
 */
import { LAYOUTS } from "../corpus/layoutCatalog";
import { buildLayout } from "../corpus/layouts";
import { readLayoutWorkbook } from "../corpus/readLayout";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { XlsxHost } from "../../src/xlsx/XlsxHost";

describe("layout corpus", () => {
  it("holds at least 20 whole-layout workbooks", () =>
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(20));

  it.each(LAYOUTS.map((l) => [l.name, l] as const))("%s", async (_, layout) => {
    const built = buildLayout(layout);
    const host = await XlsxHost.fromBuffer(await toXlsxBuffer(built.spec));
    const { found, issues } = await readLayoutWorkbook(host);
    expect(found).toEqual(built.tables);
    expect(issues).toEqual(layout.issues ?? []);
  });
});
