import * as path from "path";
import { TRANSITIONS_HEADER, writeTransitionsWorkbook } from "../summary/planWorkbooks";
import { CLEAN, run, tempDir } from "./harness";

type Rows = Parameters<typeof writeTransitionsWorkbook>[1];
// name, households, start, exited, reentered, new, end
const CONSISTENT: Rows = [
  ["Quang Trung", 126, 2, 1, 0, 0, 1],
  ["Làng Gió", 126, 4, 2, 0, 1, 3],
  ["Thắng Lộc", 130, 5, 2, 1, 0, 4],
  ["Làng Sao", 105, 3, 1, 0, 0, 2],
  ["Hợp Thành", 144, 11, 3, 0, 1, 9],
  ["Làng Mài", 98, 15, 3, 0, 1, 13],
];

async function check(rows: Rows) {
  const file = await writeTransitionsWorkbook(path.join(tempDir(), "dien-bien.xlsx"), rows);
  const r = await run("check", file, "--json");
  return { r, body: JSON.parse(r.stdout) };
}

describe("the transitions table (diễn biến hộ nghèo)", () => {
  test("is detected with its movement roles, and a consistent one checks clean", async () => {
    const { r, body } = await check(CONSISTENT);
    expect(TRANSITIONS_HEADER).toHaveLength(9);
    expect(body.tables[0].columns).toEqual({
      index: "A",
      unit: "B",
      households: "C",
      poor: "D",
      poorExited: "E",
      poorReentered: "F",
      poorNew: "G",
      poorEnd: "H",
      poorEndRate: "I",
    });
    expect(body.tables[0].issues).toEqual([]);
    expect(r.code).toBe(0);
  });

  test("an ending count that does not follow from the movements is TRANSITION_MISMATCH at the ending cell", async () => {
    const rows = CONSISTENT.map((r) => [...r]) as unknown as Rows;
    (rows[1] as unknown as number[])[6] = 4; // Làng Gió: 4 − 2 + 0 + 1 = 3, says 4
    const { r, body } = await check(rows);
    expect(r.code).toBe(1);
    const codes = body.tables[0].issues.map(
      (i: { code: string; cell: string }) => `${i.cell} ${i.code}`
    );
    expect(codes).toContain("H5 TRANSITION_MISMATCH");
    const issue = body.tables[0].issues.find(
      (i: { code: string }) => i.code === "TRANSITION_MISMATCH"
    );
    expect(issue).toEqual(expect.objectContaining({ actual: 4, expected: 3, role: "poorEnd" }));
    expect(issue.message).toContain("đầu năm 4 − thoát 2 + tái 0 + phát sinh 1 = 3");
  });

  test("more escaped than poor is TRANSITION_MISMATCH at the escaped cell", async () => {
    const rows: Rows = [["Quang Trung", 126, 2, 3, 0, 1, 0], ...CONSISTENT.slice(1)];
    const { body } = await check(rows);
    const found = body.tables[0].issues.filter(
      (i: { code: string }) => i.code === "TRANSITION_MISMATCH"
    );
    expect(found.map((i: { cell: string }) => i.cell)).toEqual(["E4"]);
    expect(found[0].message).toMatch(
      /số hộ thoát nghèo \(3\) của Quang Trung lớn hơn số hộ đầu năm \(2\)/
    );
  });

  test("a workbook with only a transitions table has no appendix to allocate or summarise", async () => {
    const file = await writeTransitionsWorkbook(path.join(tempDir(), "dien-bien.xlsx"), CONSISTENT);
    const r = await run("allocate", file, "--target", "3", "-o", path.join(tempDir(), "o.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/chỉ có bảng diễn biến hộ nghèo/);
  });

  test("opened as last year's plan (--previous) it gives its end-of-year counts", async () => {
    const prev = await writeTransitionsWorkbook(
      path.join(tempDir(), "dien-bien-2023.xlsx"),
      CONSISTENT
    );
    const r = await run("narrative", CLEAN, "--previous", prev, "--year", "2024", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    // Start of the year 40 poor; at the end 1 + 3 + 4 + 2 + 9 + 13 = 32.
    expect(body.previousYear).toEqual({ year: 2023, poor: 32, households: 729 });
  });

  test("fix computes its rates", async () => {
    const rows = CONSISTENT.map((r) => [...r]) as unknown as Rows;
    const file = await writeTransitionsWorkbook(path.join(tempDir(), "dien-bien.xlsx"), rows);
    const out = path.join(tempDir(), "fixed.xlsx");
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("Diễn biến")!.getCell("I5").value = 9.99;
    await wb.xlsx.writeFile(file);
    const before = await run("check", file);
    expect(before.stdout).toMatch(/I5 {2}RATE_MISMATCH/);
    const r = await run("fix", file, "-o", out);
    expect(r.code).toBe(0);
    const after = await run("check", out, "--json");
    expect(JSON.parse(after.stdout).tables[0].issues).toEqual([]);
  });
});
