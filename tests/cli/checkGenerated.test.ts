/**
 * `giamngheo check` on the output of `giamngheo summary` reports the appendix alone, with no issue: the summary and
 * deprivation sheets carry the generated-sheet marker (stored by the xlsx host) and are never read as appendices.
 */
import * as path from "path";
import { CLEAN, run, SHEET, tempDir } from "./harness";

type Body = { tables: { sheet: string; issues: unknown[] }[] };

describe("check after summary", () => {
  const dir = tempDir();
  const out = path.join(dir, "summary.xlsx");

  beforeAll(async () => {
    const r = await run("summary", CLEAN, "-o", out);
    expect(r.code).toBe(0);
  });

  test("one table, the appendix, and no issue", async () => {
    const r = await run("check", out, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as Body;
    expect(body.tables.map((t) => t.sheet)).toEqual([SHEET]);
    expect(body.tables[0]?.issues).toEqual([]);
  });

  test("summary run again on its own output still leaves one appendix", async () => {
    const twice = path.join(dir, "twice.xlsx");
    expect((await run("summary", out, "-o", twice)).code).toBe(0);
    const r = await run("check", twice, "--json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Body).tables.map((t) => t.sheet)).toEqual([SHEET]);
  });

  test("--sheet naming a generated sheet says it is ours, exit 2", async () => {
    const r = await run("check", out, "--sheet", "Tổng hợp");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("do Trợ lý Giảm nghèo tạo ra");
  });
});
