/** Grouped tables through the CLI as an officer runs it: check --json, allocate and narrative. */
import * as fs from "fs";
import * as path from "path";
import { buildXlsx } from "../contract/workbooks";
import type { SeedSheet } from "../contract/workbooks";
import { cell, gridOf, run, tempDir } from "./harness";

const HEAD = ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ (%)", "Số hộ giảm nghèo"];
const MERGED: SeedSheet = {
  name: "Phụ lục",
  rows: [
    HEAD,
    [null, "TOÀN XÃ", 400, 20, 5, null],
    ["I", "Xã Hưng Thịnh (cũ)", 250, 15, 6, null],
    [1, "Thôn 1", 100, 5, 5, null],
    [2, "Thôn 2", 150, 10, 6.67, null],
    ["II", "Xã Hưng Lợi (cũ)", 150, 5, 3.33, null],
    [3, "Thôn 3", 70, 2, 2.86, null],
    [4, "Thôn 4", 80, 3, 3.75, null],
  ],
};
const BREAKDOWN: SeedSheet = {
  name: "Phụ lục",
  rows: [
    HEAD,
    [1, "Thôn 1", 1000, 50, 5, null],
    [2, "Thôn 2", 700, 32, 4.57, null],
    [null, "Tổng cộng", 1700, 82, 4.82, null],
    [null, "Trong đó: hộ DTTS", 1010, 68, 6.73, null],
  ],
};

describe("grouped tables through the CLI", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = async (name: string, sheet: SeedSheet): Promise<string> => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await buildXlsx([sheet]));
    return file;
  };

  test("check --json lists the groups and the skipped rows, and a clean merged commune exits 0", async () => {
    const r = await run("check", await write("merged.xlsx", MERGED), "--json");
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).tables[0];
    expect([t.totalsRow, t.units.map((u: { name: string }) => u.name), t.issues]).toEqual([
      2,
      ["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4"],
      [],
    ]);
    expect(t.groups).toEqual([
      { name: "Xã Hưng Thịnh (cũ)", headingRow: 3, subtotalRow: 3, dataRows: [4, 5] },
      { name: "Xã Hưng Lợi (cũ)", headingRow: 6, subtotalRow: 6, dataRows: [7, 8] },
    ]);
    expect(t.skippedRows).toEqual([
      { row: 3, kind: "subtotal" },
      { row: 6, kind: "subtotal" },
    ]);
  });

  test("a wrong sub-total exits 1 with SUBTOTAL_MISMATCH naming the former commune", async () => {
    const rows = MERGED.rows.map((row) => [...row]);
    (rows[5] as unknown[])[3] = 6;
    const r = await run("check", await write("wrong.xlsx", { ...MERGED, rows }));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "Ô D6 (Số hộ nghèo) ở dòng cộng của Xã Hưng Lợi (cũ) ghi 6 nhưng tính từ các thôn, tổ của nhóm được 5."
    );
    expect(r.stdout).not.toMatch(/\bTOTAL_MISMATCH|dòng tổng ghi/);
    expect(r.stdout).toContain(
      "Nhóm: Xã Hưng Thịnh (cũ) (dòng 4–5, dòng cộng 3); Xã Hưng Lợi (cũ) (dòng 7–8, dòng cộng 6)."
    );
  });

  test("allocate cuts villages only and writes each former commune's sum on its heading row", async () => {
    const out = path.join(dir, "merged-out.xlsx");
    const r = await run(
      "allocate",
      await write("merged-a.xlsx", MERGED),
      "--target",
      "10",
      "-o",
      out
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const g = await gridOf(out);
    expect(["F2", "F3", "F4", "F5", "F6", "F7", "F8"].map((a) => cell(g, a).value)).toEqual([
      10, 8, 3, 5, 2, 1, 1,
    ]);
    expect((await run("check", out, "--target", "10")).code).toBe(0);
  });

  test("'Trong đó: hộ DTTS': the narrative says 1.700 households and 82 poor; no cut goes to it", async () => {
    const file = await write("breakdown.xlsx", BREAKDOWN);
    const n = await run("narrative", file);
    expect(n.code).toBe(0);
    expect(n.stdout).toContain("Tổng số hộ toàn xã là 1.700 hộ.");
    expect(n.stdout).toContain("Số hộ nghèo toàn xã là 82 hộ");
    expect(n.stdout).not.toMatch(/2\.710|150 hộ/);
    const out = path.join(dir, "breakdown-out.xlsx");
    const a = await run("allocate", file, "--target", "17", "-o", out);
    expect(a.code).toBe(0);
    expect(a.stdout).not.toContain("Trong đó");
    const g = await gridOf(out);
    expect([cell(g, "F4").value, cell(g, "F5").value]).toEqual([17, null]);
    const check = await run("check", out, "--target", "17", "--json");
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).tables[0].skippedRows).toEqual([{ row: 5, kind: "breakdown" }]);
  });
});
