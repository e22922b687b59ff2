/** Rates stored as plain fractions (no % format): check reads them right (with a warning), fix writes fractions back under a % format. */
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
    ["RATE_SHOWN_AS_FRACTION", "E2", 0.05, undefined],
    ["RATE_SHOWN_AS_FRACTION", "G2", 0.0079, undefined],
    ["RATE_SHOWN_AS_FRACTION", "H2", 0.0159, undefined],
  ]);
  const output = path.join(dir, "out.xlsx");
  expect((await run("fix", input, "-o", output)).code).toBe(0);
  const fixed = await gridOf(output, sheet.name);
  expect(cell(fixed, "E2").value).toBe(0.0238);
  // The plain fractions now show as percentages; no other value changed.
  expect(cell(fixed, "E2").format).toBe("0.00%");
  expect(cell(fixed, "G3").value).toBe(sheet.values[2]![6]);
  expect(cell(fixed, "G3").format).toBe("0.00%");
  const after = await run("check", output, "--json");
  expect(after.code).toBe(0);
  expect(after.stdout).not.toContain("RATE_SHOWN_AS_FRACTION");
  fs.rmSync(dir, { recursive: true, force: true });
});
