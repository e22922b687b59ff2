import * as path from "path";
import { writeNearPoorWorkbook } from "../summary/planWorkbooks";
import { cell, CLEAN, expectUnusable, gridOf, run, tempDir } from "./harness";

const ROWS = [8, 9, 10, 11, 12, 13];

describe("targets as households or rates, near-poor targets, locks", () => {
  test("allocate --target 1,37% gives cuts summing to 10 and says so", async () => {
    const out = path.join(tempDir(), "rate.xlsx");
    const r = await run("allocate", CLEAN, "--target", "1,37%", "-o", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("giảm 1,37%, tương ứng 10 hộ");
    expect(r.stdout).toContain("Cộng: 10 hộ, đúng chỉ tiêu giảm 1,37%, tương ứng 10 hộ.");
    const g = await gridOf(out);
    const cuts = ROWS.map((row) => cell(g, `G${row}`).value as number);
    expect(cuts.reduce((a, b) => a + b, 0)).toBe(10);
    const check = await run("check", out, "--target", "1.37%", "--json");
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).tables[0].issues).toEqual([]);
  });

  test("a rate target the cuts miss is a TARGET_MISMATCH that states both numbers", async () => {
    const r = await run("check", CLEAN, "--target", "1,51%");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/G14 {2}TARGET_MISMATCH .*giảm 1,51%, tương ứng 11 hộ/);
  });

  test("a near-poor target is met exactly: a near-poor cut column is created and checks clean", async () => {
    const dir = tempDir();
    const out = path.join(dir, "near.xlsx");
    const input = await writeNearPoorWorkbook(path.join(dir, "in.xlsx"));
    const r = await run(
      "allocate",
      input,
      "--target",
      "10",
      "--near-poor-target",
      "0,3%",
      "-o",
      out
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("giảm 0,30%, tương ứng 2 hộ");
    const check = await run("check", out, "--target", "10", "--near-poor-target", "2", "--json");
    const table = JSON.parse(check.stdout).tables[0];
    expect(table.columns.nearPoorCut).toBeDefined();
    expect(table.issues.filter((i: { code: string }) => i.code === "TARGET_MISMATCH")).toEqual([]);
    expect(check.code).toBe(0);
    const wrong = await run("check", out, "--near-poor-target", "3");
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain("TARGET_MISMATCH");
  });

  test("locks are kept and the rest goes to the other villages", async () => {
    const out = path.join(tempDir(), "lock.xlsx");
    const r = await run(
      "allocate",
      CLEAN,
      "--target",
      "10",
      "--lock",
      "Làng Mài=2, quang trung=1",
      "-o",
      out
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Làng Mài: 2 hộ (cố định)");
    const g = await gridOf(out);
    expect(cell(g, "G13").value).toBe(2);
    expect(cell(g, "G8").value).toBe(1);
    const cuts = ROWS.map((row) => cell(g, `G${row}`).value as number);
    expect(cuts.reduce((a, b) => a + b, 0)).toBe(10);
  });

  test.each([
    [["--lock", "Làng Mài=14"], /Làng Mài \(14 hộ\) lớn hơn số hộ nghèo của thôn \(13 hộ\)/],
    [["--lock", "Làng Mài=6,Hợp Thành=5"], /\(11 hộ\) lớn hơn chỉ tiêu \(10 hộ\)/],
    [["--lock", "Làng Xa=1"], /Không có thôn “Làng Xa”/],
    [["--lock", "Làng Mài"], /--lock/],
  ])("a bad lock %p is one clear line, exit 2", async (extra, message) => {
    const out = path.join(tempDir(), "bad.xlsx");
    const r = await run("allocate", CLEAN, "--target", "10", ...extra, "-o", out);
    expectUnusable(r);
    expect(r.stderr).toMatch(message);
  });

  test.each([["1,5"], ["abc"], ["101%"], ["-3"]])("--target %p is refused", async (v) => {
    const out = path.join(tempDir(), "bad.xlsx");
    expectUnusable(await run("allocate", CLEAN, "--target", v, "-o", out));
    expectUnusable(await run("check", CLEAN, "--target", v));
  });
});
