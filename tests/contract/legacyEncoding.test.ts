/**
 * Legacy text inside Excel: ExcelHost over the strict fake, which (like the host) reads no fonts, so a TCVN3
 * copy of the seed is recognised by its characters alone; the Unicode conversion is one batch and undoable.
 */
import {
  buildUnicodePlan,
  decodeLegacyGrid,
  detectTables,
  readTable,
  validateTable,
} from "../../src/core";
import type { Grid, WorkbookHost } from "../../src/core";
import * as fs from "fs";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import { buildLegacyCopy } from "../helpers/legacyWorkbooks";
import { CLEAN_WORKBOOK } from "../paths";
import { excelLeg } from "./workbooks";

const SHEET = "Phụ lục";

async function checkSheet(host: WorkbookHost) {
  const grid = decodeLegacyGrid(await host.readGrid(SHEET)).grid;
  const detected = detectTables(grid);
  if (!detected.ok) throw new Error(detected.reason);
  return detected.tables.flatMap((layout) => validateTable(readTable(grid, layout)));
}

const at = (g: Grid, row: number, col: number) => g.values[row - g.top]?.[col - g.left];

test.each(["tcvn3", "vni"] as const)(
  "a %s workbook in Excel: read decoded, converted in one batch, undone",
  async (encoding) => {
    const { host, fake: opened } = await excelLeg.open(await buildLegacyCopy(encoding));
    const fake = opened as NonNullable<typeof opened>;
    const raw = await host.readGrid(SHEET);
    expect(raw.fontNames).toBeUndefined();
    expect((await checkSheet(host)).map((i) => `${i.cell} ${i.code}`)).toEqual([
      "B5 LEGACY_ENCODING",
    ]);

    const { plan, sheets } = buildUnicodePlan([raw]);
    // every text cell of the seed with a Vietnamese letter, merged areas counted once
    const seed = await (await XlsxHost.fromBuffer(fs.readFileSync(CLEAN_WORKBOOK))).readGrid(SHEET);
    const vietnamese = seed.values
      .flat()
      .filter((v) => typeof v === "string" && /[\u0080-\uffff]/.test(v));
    expect(sheets[0]?.cells).toBe(vietnamese.length);
    fake.resetSyncs();
    await host.apply(plan);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    const after = await host.readGrid(SHEET);
    expect(at(after, 7, 4)).toBe("Tổng số hộ trên địa bàn");
    expect(at(after, 9, 2)).toBe("Làng Gió");
    const state = fake.exportState().find((s) => s.name === SHEET);
    expect(state?.cells["D7"]?.fontName).toBe("Times New Roman");
    expect(await checkSheet(host)).toEqual([]);

    await host.undo();
    expect((await host.readGrid(SHEET)).values).toEqual(raw.values);
  }
);
