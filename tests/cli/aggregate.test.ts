/**
 * `giamngheo aggregate` over a generated province (tests/province/communeSet.ts): every status, the communes' names
 * and figures (against the generator's own numbers), duplicates, targets, the two output sheets and the exit codes.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import type { ConsolidationJson, Grid } from "../../src/core";
import { cell, run, tempDir, writeWorkbook } from "./harness";
import { writeCommuneSet, type CommuneFile } from "../province/communeSet";

let dir: string;
let set: CommuneFile[];
let out: string;
let json: ConsolidationJson;
let code: number;

beforeAll(async () => {
  dir = tempDir();
  set = await writeCommuneSet(dir, 14);
  out = path.join(tempDir(), "tinh.xlsx");
  const r = await run("aggregate", dir, "-o", out, "--json");
  expect(r.stderr).toBe("");
  code = r.code;
  json = JSON.parse(r.stdout) as ConsolidationJson;
}, 120_000);

const byFile = (file: string) => json.communes.find((c) => path.basename(c.file) === file);

describe("statuses, names and figures", () => {
  test("every file is listed with its status, name and the sums of its units", () => {
    expect(json.files).toBe(set.length);
    for (const f of set) {
      const c = byFile(f.file);
      expect({ file: f.file, name: c?.name, status: c?.status }).toEqual({
        file: f.file,
        name: f.expected.name,
        status: f.expected.status,
      });
      if (f.expected.households !== undefined) {
        expect(c).toMatchObject({
          households: f.expected.households,
          population: f.expected.population,
          poor: f.expected.poor,
          poorCut: f.expected.poorCut,
        });
      }
    }
  });

  test("one of each status; unreadable files carry their reason in Vietnamese", () => {
    const statuses = new Set(json.communes.map((c) => c.status));
    expect([...statuses].sort()).toEqual(["duplicate", "errors", "ok", "unreadable"]);
    expect(byFile("co-mat-khau.xlsx")?.reason).toMatch(/mật khẩu/);
    expect(byFile("hong.xlsx")?.reason).toMatch(/không phải sổ làm việc Excel/);
    expect(byFile("chi-co-ke-hoach.xlsx")?.reason).toMatch(/không tìm thấy bảng phụ lục/);
    expect(byFile("zz-ban-sao.xlsx")?.reason).toMatch(/ke-hoach-001\.xlsx/);
  });

  test("a mistyped totals row is the commune's error, not its figure", () => {
    const faulty = set.find((f) => f.expected.status === "errors") as CommuneFile;
    expect(byFile(faulty.file)).toMatchObject({
      status: "errors",
      errors: 1,
      code: "TOTAL_MISMATCH",
      households: faulty.expected.households,
    });
  });

  test("totals are the sums of the aggregated communes, rates of the sums; exit 1 (not all clean)", () => {
    const aggregated = set.filter(
      (f) => f.expected.status === "ok" || f.expected.status === "errors"
    );
    expect(json.aggregated).toBe(aggregated.length);
    const hh = aggregated.reduce((a, f) => a + (f.expected.households ?? 0), 0);
    const poor = aggregated.reduce((a, f) => a + (f.expected.poor ?? 0), 0);
    expect(json.totals.households).toBe(hh);
    expect(json.totals.poor).toBe(poor);
    expect(json.totals.poorRate).toBe(Math.round((poor / hh) * 10000) / 100);
    expect(code).toBe(1);
  });
});

describe("the output workbook", () => {
  let province: Grid;
  let files: Grid;
  beforeAll(async () => {
    const host = await XlsxHost.fromBuffer(fs.readFileSync(out));
    expect(await host.listSheets()).toEqual(["Tổng hợp tỉnh", "Tình trạng tệp"]);
    province = await host.readGrid("Tổng hợp tỉnh");
    files = await host.readGrid("Tình trạng tệp");
  });

  test("both sheets carry a generated-sheet marker", () => {
    expect(province.generated).toBe("province");
    expect(files.generated).toBe("provinceFiles");
  });

  test("one row per commune in Vietnamese alphabetical order, values as --json, then a SUM totals row", () => {
    const communes = json.communes.filter((c) => c.status === "ok" || c.status === "errors");
    const names = communes.map((c) => c.name);
    const sorted = [...names].sort((a, b) =>
      a.replace(/^(xã|phường) /, "").localeCompare(b.replace(/^(xã|phường) /, ""), "vi")
    );
    const rows = sorted.map((_, i) => 5 + i);
    expect(rows.map((r) => cell(province, `B${r}`).value)).toEqual(sorted);
    expect(cell(province, "D4").value).toBe("Tổng số hộ");
    for (const r of rows) {
      const c = communes.find((x) => x.name === cell(province, `B${r}`).value);
      expect(cell(province, `D${r}`).value).toBe(c?.households);
      expect(cell(province, `F${r}`)).toMatchObject({
        value: c?.poorRate,
        formula: `=IF(D${r}>0,ROUND(E${r}/D${r}*100,2),"")`,
      });
    }
    const total = 5 + sorted.length;
    expect(cell(province, `B${total}`).value).toBe("Toàn tỉnh");
    expect(cell(province, `D${total}`)).toMatchObject({
      value: json.totals.households,
      formula: `=SUM(D5:D${total - 1})`,
    });
    expect(cell(province, `F${total}`).value).toBe(json.totals.poorRate);
  });

  test("the file-status sheet lists every file with its status and reason", () => {
    expect(cell(files, "B4").value).toBe("Tệp");
    const listed = json.communes.map((_, i) => cell(files, `B${5 + i}`).value);
    expect(listed).toEqual(json.communes.map((c) => path.basename(c.file)));
    const i = json.communes.findIndex((c) => c.status === "unreadable");
    expect(cell(files, `D${5 + i}`).value).toBe("Không đọc được");
    expect(String(cell(files, `G${5 + i}`).value)).toBe(json.communes[i]?.reason);
  });

  test("print-ready like the other generated sheets: A4, one page wide, header row repeated", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        printTitlesRow: "4:4",
      });
      expect(ws.getCell("A1").font?.name).toBe("Times New Roman");
      expect(String(ws.getCell("A2").value)).toMatch(/^\(Kèm theo Kế hoạch/);
    }
    expect(wb.getWorksheet("Tổng hợp tỉnh")?.pageSetup.orientation).toBe("landscape");
  });

  test("check never reads the output as a commune appendix", async () => {
    const r = await run("check", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không tìm thấy bảng phụ lục/);
  });
});

describe("exit codes, targets and bad input", () => {
  const clean = (): string[] =>
    set
      .filter((f) => f.expected.status === "ok")
      .slice(0, 3)
      .map((f) => path.join(dir, f.file));

  test("every file clean: exit 0, a line per file and the totals", async () => {
    const o = path.join(tempDir(), "ok.xlsx");
    const r = await run("aggregate", ...clean(), "-o", o);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Đã tổng hợp 3\/3 tệp: 3 đạt/);
    expect(r.stdout).toMatch(/Toàn tỉnh: .* hộ nghèo/);
    expect(fs.existsSync(o)).toBe(true);
  });

  test("targets in households and rates; a mismatch is exit 1; a target naming no file is reported, not fatal", async () => {
    const files = clean();
    const first = byFile(path.basename(files[0] as string));
    const second = byFile(path.basename(files[1] as string));
    const targets = await writeWorkbook(path.join(tempDir(), "chi-tieu.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Chỉ tiêu");
      ws.addRow(["TT", "Tên xã, phường", "Chỉ tiêu giảm hộ nghèo (hộ)", "Tỷ lệ giảm nghèo (%)"]);
      ws.addRow([1, (first?.name ?? "").toUpperCase(), first?.poorCut, null]);
      ws.addRow([
        2,
        second?.name.replace(/^(xã|phường) /, ""),
        null,
        `${String(second?.poorCutRate).replace(".", ",")}%`,
      ]);
      ws.addRow([3, "Xã Chưa Gửi", 7, null]);
    });
    const o = path.join(tempDir(), "t.xlsx");
    const r = await run("aggregate", ...files.slice(0, 2), "-o", o, "--targets", targets, "--json");
    const j = JSON.parse(r.stdout) as ConsolidationJson;
    expect(j.communes.map((c) => [c.status, c.target, c.targetMismatch])).toEqual([
      ["ok", first?.poorCut, false],
      ["ok", second?.poorCut, false],
    ]);
    expect(j.unmatchedTargets).toEqual([{ name: "Xã Chưa Gửi", row: 4 }]);
    expect(r.stderr).toMatch(/Xã Chưa Gửi.*không khớp/);
    expect(r.code).toBe(0);

    const wrong = await writeWorkbook(path.join(tempDir(), "sai.xlsx"), (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["Xã", "Chỉ tiêu giao"]);
      ws.addRow([first?.name, (first?.poorCut ?? 0) + 3]);
    });
    const r2 = await run("aggregate", files[0] as string, "-o", o, "--targets", wrong, "--json");
    const j2 = JSON.parse(r2.stdout) as ConsolidationJson;
    expect(j2.communes[0]).toMatchObject({
      status: "errors",
      code: "TARGET_MISMATCH",
      targetMismatch: true,
    });
    expect(r2.code).toBe(1);
    const g = await (await XlsxHost.fromBuffer(fs.readFileSync(o))).readGrid("Tổng hợp tỉnh");
    expect(g.values[3]).toContain("Chỉ tiêu tỉnh giao (hộ)");
  });

  test("--lang en words every line in English", async () => {
    const r = await run(
      "aggregate",
      ...clean(),
      "-o",
      path.join(tempDir(), "en.xlsx"),
      "--lang",
      "en"
    );
    expect(r.stdout).toMatch(/Consolidated 3\/3 files/);
  });
});
