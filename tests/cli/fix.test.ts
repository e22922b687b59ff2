import * as fs from "fs";
import * as path from "path";
import {
  cell,
  CLEAN,
  ERRORS,
  expectUnusable,
  gridOf,
  lines,
  run,
  sha256,
  tempDir,
} from "./harness";

type JsonIssue = { code: string; cell: string };

async function issuesOf(
  file: string,
  ...extra: string[]
): Promise<{ code: number; issues: JsonIssue[] }> {
  const r = await run("check", file, "--json", ...extra);
  return { code: r.code, issues: JSON.parse(r.stdout).tables[0].issues };
}

describe("giamngheo fix", () => {
  test.each([[false], [true]])(
    "errors fixture (formulas: %s): derived cells fixed, four issues remain, input untouched",
    async (formulas) => {
      const dir = tempDir();
      const out = path.join(dir, "fixed.xlsx");
      const before = sha256(ERRORS);
      const r = await run("fix", ERRORS, "-o", out, ...(formulas ? ["--formulas"] : []));
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1); // errors remain for the officer
      expect(r.stdout).toContain(out);
      expect(sha256(ERRORS)).toBe(before);
      const g = await gridOf(out);
      expect(cell(g, "F9").value).toBe(2.38);
      if (formulas) expect(cell(g, "F9").formula).toMatch(/^=.*E9.*D9/);
      expect(cell(g, "D13")).toMatchObject({ value: 98, formula: null });
      expect(cell(g, "E10").value).toBe("4 hộ"); // counts are never changed
      expect(cell(g, "G14").value).toBe(11);
      const after = await issuesOf(out);
      expect(after.code).toBe(1);
      expect(after.issues.map((i) => i.cell)).toEqual(["E10", "G11", "I11", "G14"]);
      expect(fs.readdirSync(dir)).toEqual(["fixed.xlsx"]); // no temp file left behind
    }
  );

  test("the count says the cells that changed, not the cells rewritten with what they hold", async () => {
    const out = path.join(tempDir(), "fixed.xlsx");
    const r = await run("fix", ERRORS, "-o", out);
    // F9 (2,83 → 2,38) and D13 ("98" as text → 98) change; every other rate is already right.
    expect(r.stdout).toContain("(2 ô thay đổi)");
    const again = await run("fix", out, "-o", path.join(tempDir(), "again.xlsx"));
    expect(again.stdout).toContain("(0 ô thay đổi)");
  });

  test("the clean fixture stays clean and the output is a full workbook", async () => {
    const out = path.join(tempDir(), "clean-fixed.xlsx");
    const r = await run("fix", CLEAN, "-o", out);
    expect(r.code).toBe(0);
    expect((await issuesOf(out)).issues).toEqual([]);
    const [a, b] = [await gridOf(CLEAN), await gridOf(out)];
    expect(b.values).toEqual(a.values);
    expect(b.merges).toEqual(a.merges);
  });

  test("refuses to write over the input, by the same or another spelling of its path", async () => {
    const dir = tempDir();
    const input = path.join(dir, "in.xlsx");
    fs.copyFileSync(ERRORS, input);
    fs.symlinkSync(input, path.join(dir, "link.xlsx"));
    const before = sha256(input);
    for (const out of [input, path.join(dir, ".", "in.xlsx"), path.join(dir, "link.xlsx")]) {
      const r = await run("fix", input, "-o", out);
      expectUnusable(r);
      expect(r.stderr).toMatch(/trùng với tệp gốc/);
    }
    expect(sha256(input)).toBe(before);
  });

  test("a failed write leaves neither the output nor a temp file", async () => {
    const dir = tempDir();
    const r = await run("fix", ERRORS, "-o", path.join(dir, "missing-folder", "out.xlsx"));
    expectUnusable(r);
    expect(r.stderr).toMatch(/Không ghi được tệp/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("an existing output is replaced whole", async () => {
    const out = path.join(tempDir(), "out.xlsx");
    fs.writeFileSync(out, "old");
    expect((await run("fix", CLEAN, "-o", out)).code).toBe(0);
    expect(lines((await run("check", out)).stdout).at(-1)).toBe("Không phát hiện vấn đề nào.");
  });
});
