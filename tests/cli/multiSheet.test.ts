import * as fs from "fs";
import * as path from "path";
import { buildAppendix } from "../corpus/appendix";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { cell, expectUnusable, gridOf, lines, run, tempDir } from "./harness";

/** Two appendix sheets (different villages) plus a cover sheet; F9 is wrong on both appendix sheets. */
async function twoTables(dir: string): Promise<string> {
  const a = buildAppendix({ units: 5, seed: 1 }).sheets[0];
  const b = buildAppendix({ units: 8, seed: 2, unitName: (i) => `Tổ ${i + 1}` }).sheets[0];
  if (!a || !b) throw new Error("generator gave no sheet");
  for (const s of [a, b]) (s.values[8] as unknown[])[5] = 99.99;
  const cover = {
    name: "Bìa",
    values: [["Kế hoạch giảm nghèo"]],
    numberFormats: [["General"]],
    formulas: [[null]],
    merges: [],
    hiddenRows: [],
  };
  const file = path.join(dir, "two.xlsx");
  fs.writeFileSync(
    file,
    await toXlsxBuffer({ sheets: [cover, { ...a, name: "Xã A" }, { ...b, name: "Phường B" }] })
  );
  return file;
}

describe("a workbook with several appendix tables", () => {
  test("check reports every table; --sheet narrows to one", async () => {
    const file = await twoTables(tempDir());
    const all = await run("check", file, "--json");
    expect(all.code).toBe(1);
    const tables = JSON.parse(all.stdout).tables as {
      sheet: string;
      issues: { cell: string; code: string }[];
    }[];
    expect(tables.map((t) => t.sheet)).toEqual(["Xã A", "Phường B"]);
    for (const t of tables)
      expect(t.issues.map((i) => `${i.cell} ${i.code}`)).toEqual(["F9 RATE_MISMATCH"]);
    const one = await run("check", file, "--sheet", "Phường B");
    expect(lines(one.stdout)[0]).toContain("Phường B!");
    expect(lines(one.stdout).filter((l) => l.includes("RATE_MISMATCH"))).toHaveLength(1);
  });

  test("fix corrects both tables in one output", async () => {
    const dir = tempDir();
    const file = await twoTables(dir);
    const out = path.join(dir, "fixed.xlsx");
    const r = await run("fix", file, "-o", out);
    expect(r.code).toBe(0);
    for (const sheet of ["Xã A", "Phường B"])
      expect(cell(await gridOf(out, sheet), "F9").value).not.toBe(99.99);
    expect((await run("check", out)).code).toBe(0);
  });

  test("allocate needs --sheet to know which table", async () => {
    const dir = tempDir();
    const file = await twoTables(dir);
    const out = path.join(dir, "alloc.xlsx");
    const r = await run("allocate", file, "--target", "2", "-o", out);
    expectUnusable(r);
    expect(r.stderr).toMatch(/--sheet/);
    expect(fs.existsSync(out)).toBe(false);
    const ok = await run("allocate", file, "--target", "2", "-o", out, "--sheet", "Xã A");
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(1); // allocation written; the wrong F9 of that sheet is still reported
    expect(lines(ok.stdout).filter((l) => /^F9 {2}RATE_MISMATCH/.test(l))).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(true);
  });
});
