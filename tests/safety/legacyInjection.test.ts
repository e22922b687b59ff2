/**
 * Converting legacy text never turns it into a formula: unit names that decode to formula-looking Vietnamese text
 * ("=HYPERLINK(…Thôn…)", "+1 Thôn Đông") are written back as text by both hosts.
 */
import * as fs from "fs";
import * as path from "path";
import { buildUnicodePlan, encodeTcvn3 } from "../../src/core";
import type { WorkbookHost } from "../../src/core";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import { excelLeg } from "../contract/workbooks";
import { buildAppendix } from "../corpus/appendix";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { buildLegacyCopy } from "../helpers/legacyWorkbooks";
import { tempDir } from "../cli/harness";

const NAMES = [
  '=HYPERLINK("http://evil","Thôn")',
  "=cmd|' /C calc'!A0 Thôn",
  "+1 Thôn Đông",
  "-2 Làng Gió",
  "@SUM(A1) Hợp Thành",
];

async function legacyWorkbook(): Promise<Buffer> {
  const spec = buildAppendix({ units: NAMES.length, seed: 7, unitName: (i) => NAMES[i]! });
  const source = path.join(tempDir(), "injected.xlsx");
  fs.writeFileSync(source, await toXlsxBuffer(spec));
  return buildLegacyCopy("tcvn3", { source });
}

describe.each([
  ["XlsxHost", async (data: Buffer): Promise<WorkbookHost> => XlsxHost.fromBuffer(data)],
  ["ExcelHost over the strict fake", async (data: Buffer) => (await excelLeg.open(data)).host],
] as const)("%s", (_name, open) => {
  it("writes every converted name as text, never as a formula", async () => {
    const host = await open(await legacyWorkbook());
    const sheet = "Phụ lục";
    const raw = await host.readGrid(sheet);
    const before = raw.values.map((row) => row[2 - raw.left]);
    for (const name of NAMES) expect(before).toContain(encodeTcvn3(name)); // really written in TCVN3
    const { plan } = buildUnicodePlan([raw]);
    for (const sp of plan.sheets)
      for (const w of sp.writes) expect(w.cell === undefined || "value" in w.cell).toBe(true);
    await host.apply(plan);
    const g = await host.readGrid(sheet);
    const column = g.values.map((row) => row[2 - g.left]);
    for (const name of NAMES) expect(column).toContain(name);
    expect(g.formulas.flat().filter((f) => f !== null && /Thôn|Làng|Hợp/.test(f))).toEqual([]);
  });
});
