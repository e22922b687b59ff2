import * as path from "path";
import { cell, CLEAN, expectUnusable, gridOf, run, sha256, tempDir } from "./harness";

const ROWS = [8, 9, 10, 11, 12, 13];

describe("giamngheo allocate", () => {
  test.each([["proportional"], ["highest-rate"]])(
    "--target 10 --method %s on the clean fixture",
    async (method) => {
      const out = path.join(tempDir(), `alloc-${method}.xlsx`);
      const before = sha256(CLEAN);
      const r = await run("allocate", CLEAN, "--target", "10", "-o", out, "--method", method);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(sha256(CLEAN)).toBe(before);
      const g = await gridOf(out);
      const cuts = ROWS.map((row) => cell(g, `G${row}`).value as number);
      expect(cuts.reduce((a, b) => a + b, 0)).toBe(10);
      ROWS.forEach((row, i) => {
        const households = cell(g, `D${row}`).value as number;
        const poor = cell(g, `E${row}`).value as number;
        const cut = cuts[i] as number;
        expect(Number.isInteger(cut) && cut >= 0 && cut <= poor).toBe(true);
        expect(cell(g, `H${row}`).value).toBeCloseTo(
          Math.round((cut / households) * 10000) / 100,
          10
        );
        expect(cell(g, `I${row}`).value).toBeCloseTo(
          Math.round(((poor - cut) / households) * 10000) / 100,
          10
        );
      });
      for (const name of ["Quang Trung", "Làng Mài"]) expect(r.stdout).toContain(name);
      const check = await run("check", out, "--target", "10", "--json");
      expect(check.code).toBe(0);
      expect(JSON.parse(check.stdout).tables[0].issues).toEqual([]);
    }
  );

  test("a target above the poor households is refused with one line", async () => {
    const out = path.join(tempDir(), "alloc.xlsx");
    const r = await run("allocate", CLEAN, "--target", "500", "-o", out);
    expectUnusable(r);
    expect(r.stderr).toMatch(/500/);
  });

  test("--target is required and must be a whole number", async () => {
    const out = path.join(tempDir(), "alloc.xlsx");
    expectUnusable(await run("allocate", CLEAN, "-o", out));
    expectUnusable(await run("allocate", CLEAN, "--target", "abc", "-o", out));
    expectUnusable(await run("allocate", CLEAN, "--target", "2.5", "-o", out));
    expectUnusable(await run("allocate", CLEAN, "--target", "10", "-o", out, "--method", "random"));
  });
});
