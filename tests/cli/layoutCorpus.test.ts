/**
 * The whole-layout corpus through `giamngheo check --json`, as an officer runs it: every workbook gives its expected
 * tables and exactly its declared issues (none for most), and exits 1 only when one of them is an error.
 */
import * as fs from "fs";
import * as path from "path";
import { LAYOUTS } from "../corpus/layoutCatalog";
import { buildLayout } from "../corpus/layouts";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { run, tempDir } from "./harness";

type Body = {
  tables: {
    sheet: string;
    columns: Record<string, string>;
    totalsRow: number | null;
    issues: { code: string; cell: string; severity: string }[];
  }[];
};

describe("check on the layout corpus", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(LAYOUTS.map((l, i) => [l.name, l, i] as const))("%s", async (_, layout, i) => {
    const built = buildLayout(layout);
    const file = path.join(dir, `layout-${i}.xlsx`);
    fs.writeFileSync(file, await toXlsxBuffer(built.spec));
    const r = await run("check", file, "--json");
    expect(r.stderr).toBe("");
    const body = JSON.parse(r.stdout) as Body;
    expect(body.tables.map((t) => [t.sheet, t.columns, t.totalsRow])).toEqual(
      built.tables.map((t) => [t.sheet, t.columns, t.totalsRow])
    );
    const issues = body.tables.flatMap((t) => t.issues);
    expect(issues.map((x) => `${x.code}@${x.cell}`)).toEqual(layout.issues ?? []);
    expect(r.code).toBe(issues.some((x) => x.severity === "error") ? 1 : 0);
  });
});
