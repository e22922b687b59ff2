/** Rates stored as plain fractions (no % format): check reads them right, fix writes fractions back. */
import * as fs from "fs";
import * as path from "path";
import { LAYOUTS } from "../corpus/layoutCatalog";
import { buildLayout } from "../corpus/layouts";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { cell, gridOf, run, tempDir } from "./harness";

test("a wrong plain fraction is one RATE_MISMATCH in points, and fix rewrites it as a fraction", async () => {
  const dir = tempDir();
  const layout = LAYOUTS.find((l) => l.name.startsWith("rates as plain fractions"));
  if (!layout) throw new Error("layout missing");
  const { spec } = buildLayout(layout);
  const sheet = spec.sheets[0]!;
  sheet.values[1]![4] = 0.05; // E2: 3 / 126 is 0.0238
  const input = path.join(dir, "in.xlsx");
  fs.writeFileSync(input, await toXlsxBuffer(spec));
  const checked = await run("check", input, "--json");
  expect(checked.code).toBe(1);
  const issues = (
    JSON.parse(checked.stdout) as {
      tables: { issues: { code: string; cell: string; actual: number; expected: number }[] }[];
    }
  ).tables[0]!.issues;
  expect(issues.map((i) => [i.code, i.cell, i.actual, i.expected])).toEqual([
    ["RATE_MISMATCH", "E2", 5, 2.38],
  ]);
  const output = path.join(dir, "out.xlsx");
  expect((await run("fix", input, "-o", output)).code).toBe(0);
  expect(cell(await gridOf(output, sheet.name), "E2").value).toBe(0.0238);
  expect((await run("check", output)).code).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
