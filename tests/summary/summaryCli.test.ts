/**
 * `giamngheo summary` end to end: the written sheets recalculated by LibreOffice (not by our engine) must give
 * the Bình Lương figures, per-unit values equal to the engine's, names kept as text, unique sheet names.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import { detectTables, readFigures, readTable } from "../../src/core";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import { hasLibreOffice, recalculateWithLibreOffice } from "../helpers/libreoffice";
import { readCachedValues } from "./readCachedValues";

import { CLEAN_WORKBOOK as FIXTURE, ERRORS_WORKBOOK } from "../paths";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "summary-cli-"));
afterAll(() =>
  process.env["KEEP_TMP"] ? undefined : fs.rmSync(tmp, { recursive: true, force: true })
);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
  });
  return { code, out, err };
}

type CellValue = ExcelJS.CellValue;
const resultOf = (v: CellValue): unknown =>
  v !== null && typeof v === "object" && "formula" in v ? (v as { result?: unknown }).result : v;
const formulaOf = (v: CellValue): string | null =>
  v !== null && typeof v === "object" && "formula" in v
    ? String((v as { formula: string }).formula)
    : null;

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function engineFigures(file: string) {
  const host = XlsxHost.fromBuffer(fs.readFileSync(file));
  const h = await host;
  const grid = await h.readGrid("Phụ lục");
  const d = detectTables(grid);
  if (!d.ok) throw new Error("no table");
  const f = readFigures(readTable(grid, d.tables[0] as (typeof d.tables)[number]));
  if (!f.ok) throw new Error("unreadable");
  return f.value;
}

test("summary writes both sheets, leaves the input untouched and prints the narrative", async () => {
  const before = fs.readFileSync(FIXTURE);
  const out = path.join(tmp, "out.xlsx");
  const r = await run(["summary", FIXTURE, "-o", out]);
  expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  expect(r.code).toBe(0);
  expect(fs.readFileSync(FIXTURE).equals(before)).toBe(true);
  expect(r.out).toContain("Số hộ nghèo toàn xã là 32 hộ, chiếm tỷ lệ 4,39%");
  expect(r.out).toContain(
    "Phấn đấu giảm tỷ lệ hộ nghèo cuối năm 2024 từ 4,39% xuống còn 3,02%, tương đương 10 hộ, giảm 1,37%."
  );
  expect(r.out).toContain("10 hộ");
  const wb = await readBook(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Phụ lục", "Tổng hợp", "Chỉ số thiếu hụt"]);
  const s = wb.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
  expect(formulaOf(s.getCell("C5").value)).toMatch(/'Phụ lục'!D8$/);
  expect(resultOf(s.getCell("E11").value)).toBe(4.39);
  expect(s.getCell("E11").numFmt).toBe("0.00");
  expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  expect(s.getColumn(2).width).toBe(24);
  const d = wb.getWorksheet("Chỉ số thiếu hụt") as ExcelJS.Worksheet;
  const validations = (
    d as unknown as {
      dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> };
    }
  ).dataValidations.model;
  const lm = Object.entries(validations).find(([range]) => range.startsWith("D12"));
  expect(lm?.[1]).toMatchObject({ type: "whole", formulae: [0, 13] });
});

test("a second run on its own output adds 'Tổng hợp (2)' and never overwrites", async () => {
  const first = path.join(tmp, "out1.xlsx");
  const second = path.join(tmp, "out2.xlsx");
  expect((await run(["summary", FIXTURE, "-o", first])).code).toBe(0);
  const r = await run(["summary", first, "-o", second, "--sheet", "Phụ lục"]);
  expect(r.code).toBe(0);
  const wb = await readBook(second);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Phụ lục",
    "Tổng hợp",
    "Chỉ số thiếu hụt",
    "Tổng hợp (2)",
    "Chỉ số thiếu hụt (2)",
  ]);
});

test("a bad --year is a clear usage error (exit 2), nothing written", async () => {
  const out = path.join(tmp, "bad-year.xlsx");
  const r = await run(["summary", FIXTURE, "-o", out, "--year", "2019"]);
  expect(r.code).toBe(2);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(fs.existsSync(out)).toBe(false);
});

test("an unreadable count stops the summary: issues listed, exit 1, no output file", async () => {
  const out = path.join(tmp, "errors-out.xlsx");
  const r = await run(["summary", ERRORS_WORKBOOK, "-o", out]);
  expect(r.code).toBe(1);
  expect(r.out).toContain("E10  NOT_A_NUMBER");
  expect(r.err).toContain("Không ghi tệp kết quả");
  expect(fs.existsSync(out)).toBe(false);
});

const lo = hasLibreOffice() ? test : test.skip;

lo(
  "LibreOffice recalculation of the new sheets gives the plan's figures and the engine's per-unit values",
  async () => {
    const out = path.join(tmp, "lo-in.xlsx");
    expect((await run(["summary", FIXTURE, "-o", out])).code).toBe(0);
    // Blank every cached result so only LibreOffice's own calculation can fill them.
    const wb0 = await readBook(out);
    for (const name of ["Tổng hợp", "Chỉ số thiếu hụt"]) {
      (wb0.getWorksheet(name) as ExcelJS.Worksheet).eachRow((row) =>
        row.eachCell((c) => {
          const f = formulaOf(c.value);
          if (f) c.value = { formula: f } as ExcelJS.CellFormulaValue;
        })
      );
    }
    // The officer's inputs on the deprivation sheet: Làng Mài (13 poor) has 5 households deprived of employment; target 80%.
    const dep = wb0.getWorksheet("Chỉ số thiếu hụt") as ExcelJS.Worksheet;
    dep.getCell("D12").value = 5;
    dep.getCell("P6").value = 80;
    const blanked = path.join(tmp, "lo-blank.xlsx");
    await wb0.xlsx.writeFile(blanked);
    const recalculated = await recalculateWithLibreOffice(blanked, path.join(tmp, "lo"));
    const s = await readCachedValues(recalculated, "Tổng hợp");
    const v = (a1: string) => s.get(a1)?.value ?? null;
    expect(s.get("E11")?.formula).toBe('IF(C11>0,ROUND(D11/C11*100,2),"")');
    expect(v("B11")).toBe("Toàn xã");
    expect([v("C11"), v("D11"), v("E11"), v("F11"), v("G11"), v("H11"), v("I11")]).toEqual([
      729, 32, 4.39, 10, 1.37, 22, 3.02,
    ]);
    const f = await engineFigures(FIXTURE);
    f.units.forEach((u, i) => {
      const r = 5 + i;
      expect([
        v(`B${r}`),
        v(`C${r}`),
        v(`D${r}`),
        v(`E${r}`),
        v(`F${r}`),
        v(`G${r}`),
        v(`I${r}`),
      ]).toEqual([
        u.name,
        u.households.value,
        u.poor.value,
        u.poorRate,
        u.poorCut?.value,
        u.poorCutRate,
        u.projectedPoorRate,
      ]);
    });
    const d = await readCachedValues(recalculated, "Chỉ số thiếu hụt");
    expect(d.get("C13")?.value).toBe(32);
    expect(d.get("C12")?.value).toBe(13);
    expect(d.get("P12")?.value).toBe(38.46);
    expect(d.get("AB12")?.value).toBe(3); // need ROUNDUP(13×80/100) = 11 not deprived, have 8
    expect(d.get("D13")?.value).toBe(5);
    expect(d.get("P13")?.value).toBe(15.63); // 5 / 32
    expect(d.get("AB11")?.value).toBe(""); // no count entered → blank, not 0
  },
  300_000
);

lo(
  "unit names that look like formulas stay text in both new sheets, also after LibreOffice",
  async () => {
    const names = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)"];
    const wb0 = await readBook(FIXTURE);
    const ws = wb0.getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    names.forEach((n, i) => (ws.getCell(`B${8 + i}`).value = n));
    const input = path.join(tmp, "names.xlsx");
    await wb0.xlsx.writeFile(input);
    const out = path.join(tmp, "names-out.xlsx");
    const r = await run(["summary", input, "-o", out]);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    expect([0, 1]).toContain(r.code);
    for (const file of [out, await recalculateWithLibreOffice(out, path.join(tmp, "lo-names"))]) {
      const wb = await readBook(file);
      for (const [sheet, first] of [
        ["Tổng hợp", 5],
        ["Chỉ số thiếu hụt", 7],
      ] as const) {
        const s = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
        names.forEach((n, i) => {
          const value = s.getCell(`B${first + i}`).value;
          expect(formulaOf(value)).toBeNull();
          expect(value).toBe(n);
        });
      }
    }
  },
  300_000
);

test("a table with no poor-household column (near-poor only) is refused with one line (exit 2), nothing written", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Cận nghèo");
  ws.addRow(["TT", "Thôn", "Tổng số hộ", "Số hộ cận nghèo", "Tỷ lệ (%)"]);
  ws.addRow([1, "Xóm Đông", 100, 6, 6]);
  ws.addRow([2, "Xóm Tây", 80, 4, 5]);
  ws.addRow(["", "Tổng", 180, 10, 5.56]);
  const input = path.join(tmp, "near-poor-only.xlsx");
  await wb.xlsx.writeFile(input);
  const output = path.join(tmp, "near-poor-only.out.xlsx");
  const r = await run(["summary", input, "-o", output]);
  expect(r.code).toBe(2);
  expect(r.err.trim().split("\n")).toEqual([expect.stringContaining("không có cột Số hộ nghèo")]);
  expect(fs.existsSync(output)).toBe(false);
});
