/** `giamngheo aggregate` with unusable input: one clear line, exit 2, nothing written (or exit 1 when only some files fail). */
import * as fs from "fs";
import * as path from "path";
import { CLEAN, ERRORS, expectUnusable, run, sha256, tempDir, writeWorkbook } from "./harness";

const copy = (from: string, dir: string, name: string): string => {
  const to = path.join(dir, name);
  fs.copyFileSync(from, to);
  return to;
};

describe("aggregate: bad input", () => {
  test("a folder with no workbook (lock files and other files do not count)", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "~$ke-hoach.xlsx"), "lock");
    fs.writeFileSync(path.join(dir, "ghi-chu.txt"), "x");
    const out = path.join(tempDir(), "out.xlsx");
    const r = await run("aggregate", dir, "-o", out);
    expectUnusable(r);
    expect(r.stderr).toMatch(/không có tệp \.xlsx nào/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("a file given twice, also through its folder", async () => {
    const dir = tempDir();
    const a = copy(CLEAN, dir, "a.xlsx");
    const out = path.join(tempDir(), "out.xlsx");
    expectUnusable(await run("aggregate", a, a, "-o", out));
    const r = await run("aggregate", dir, a, "-o", out, "--lang", "en");
    expectUnusable(r);
    expect(r.stderr).toMatch(/was given twice/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("the output named among the inputs is refused; inside an input folder it is skipped", async () => {
    const dir = tempDir();
    const a = copy(CLEAN, dir, "a.xlsx");
    const b = copy(ERRORS, dir, "b.xlsx");
    const before = sha256(b);
    const r = await run("aggregate", a, b, "-o", b);
    expectUnusable(r);
    expect(r.stderr).toMatch(/cũng là một tệp đầu vào/);
    expect(sha256(b)).toBe(before);
    // an earlier output in the folder is not read as a commune
    const out = path.join(dir, "tinh.xlsx");
    fs.writeFileSync(out, "old");
    const r2 = await run("aggregate", dir, "-o", out, "--json");
    expect(JSON.parse(r2.stdout).files).toBe(2);
  });

  test("a missing path, a missing -o, a bad --jobs", async () => {
    const out = path.join(tempDir(), "o.xlsx");
    expectUnusable(await run("aggregate", "/khong/co/thu-muc", "-o", out));
    expectUnusable(await run("aggregate", CLEAN));
    expectUnusable(await run("aggregate", CLEAN, "-o", out, "--jobs", "0"));
    expectUnusable(await run("aggregate", "-o", out));
  });

  test("nothing readable: exit 2 with the first reason, no output written, an old output untouched", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "hong.xlsx"), "not a workbook");
    const noAppendix = await writeWorkbook(path.join(dir, "ke-hoach.xlsx"), (wb) => {
      wb.addWorksheet("Kế hoạch").addRow(["UBND XÃ BÌNH LƯƠNG"]);
    });
    const out = path.join(tempDir(), "o.xlsx");
    fs.writeFileSync(out, "old output");
    const r = await run("aggregate", dir, "-o", out);
    expectUnusable(r);
    expect(r.stderr).toMatch(/Không tệp nào đọc được/);
    expect(fs.readFileSync(out, "utf8")).toBe("old output");
    expect(fs.readdirSync(path.dirname(out))).toEqual(["o.xlsx"]);
    expect(noAppendix).toBeTruthy();
  });

  test("a commune file with no appendix is unreadable with the reason; the others are aggregated (exit 1)", async () => {
    const dir = tempDir();
    copy(CLEAN, dir, "binh-luong.xlsx");
    await writeWorkbook(path.join(dir, "pho-minh.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      ws.addRow(["ỦY BAN NHÂN DÂN XÃ PHỔ MINH"]);
      ws.addRow(["Kế hoạch giảm nghèo năm 2025: giảm 1,11% (16 hộ)"]);
    });
    const r = await run("aggregate", dir, "-o", path.join(tempDir(), "o.xlsx"), "--json");
    const j = JSON.parse(r.stdout);
    expect(j.communes.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([
      ["xã Bình Lương", "ok"],
      ["xã Phổ Minh", "unreadable"],
    ]);
    expect(j.communes[1].reason).toMatch(/không tìm thấy bảng phụ lục/);
    expect(j.totals).toMatchObject({
      households: 729,
      population: 3017,
      poor: 32,
      poorRate: 4.39,
      poorCut: 10,
      poorCutRate: 1.37,
      projectedPoorRate: 3.02,
    });
    expect(r.code).toBe(1);
  });

  test("a targets workbook without a commune/target list, or not a workbook, stops the run before reading", async () => {
    const out = path.join(tempDir(), "o.xlsx");
    const empty = await writeWorkbook(path.join(tempDir(), "t.xlsx"), (wb) => {
      wb.addWorksheet("S").addRow(["Chỉ tiêu năm 2025"]);
    });
    const r = await run("aggregate", CLEAN, "-o", out, "--targets", empty);
    expectUnusable(r);
    expect(r.stderr).toMatch(/không có danh sách xã, phường kèm chỉ tiêu/);
    const bad = path.join(tempDir(), "x.xlsx");
    fs.writeFileSync(bad, "x");
    expectUnusable(await run("aggregate", CLEAN, "-o", out, "--targets", bad));
    expect(fs.existsSync(out)).toBe(false);
  });
});
