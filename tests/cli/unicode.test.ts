import * as path from "path";
import * as ExcelJS from "exceljs";
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
import { writeLegacyCopy } from "../helpers/legacyWorkbooks";

type JsonIssue = { code: string; cell: string; severity: string; message: string };
type JsonTable = {
  range: string;
  columns: Record<string, string>;
  issues: JsonIssue[];
  units: { name: string }[];
};

async function checkJson(file: string): Promise<{ code: number; tables: JsonTable[] }> {
  const r = await run("check", file, "--json");
  return { code: r.code, tables: JSON.parse(r.stdout).tables };
}

async function fontOf(file: string, a1: string): Promise<string | undefined> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet("Phụ lục")?.getCell(a1).font?.name;
}

describe.each([
  ["tcvn3", "TCVN3 (ABC)", "Tæng sè hé trªn ®Þa bµn"],
  ["vni", "VNI-Windows", "Toång soá hoä treân ñòa baøn"],
] as const)("a %s copy of the seed appendix", (encoding, name, householdsHeader) => {
  let dir: string;
  let legacy: string;
  beforeAll(async () => {
    dir = tempDir();
    legacy = await writeLegacyCopy(dir, encoding);
  });

  it("is really legacy-encoded", async () => {
    expect(cell(await gridOf(legacy), "D7").value).toBe(householdsHeader);
    expect(await fontOf(legacy, "D7")).toBe(encoding === "vni" ? "VNI-Times" : ".VnTime");
  });

  it("checks like the seed, with one LEGACY_ENCODING warning and Unicode messages", async () => {
    const legacyRun = await checkJson(legacy);
    const seed = await checkJson(CLEAN);
    expect(legacyRun.code).toBe(0);
    expect(legacyRun.tables).toHaveLength(1);
    const [table] = legacyRun.tables as [JsonTable];
    expect(table.range).toBe((seed.tables[0] as JsonTable).range);
    expect(table.columns).toEqual((seed.tables[0] as JsonTable).columns);
    expect(table.units.map((u) => u.name)).toEqual(
      (seed.tables[0] as JsonTable).units.map((u) => u.name)
    );
    expect(table.issues.map((i) => [i.code, i.severity])).toEqual([["LEGACY_ENCODING", "warning"]]);
    expect(table.issues[0]?.cell).toBe("B5");
    expect(table.issues[0]?.message).toContain(name);
    expect(table.issues[0]?.message).toContain("Thôn");
  });

  it("`unicode` writes a Unicode, Times New Roman copy that checks clean; the input is untouched", async () => {
    const out = path.join(dir, `${encoding}-unicode.xlsx`);
    const before = sha256(legacy);
    const r = await run("unicode", legacy, "-o", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]).toMatch(/Phụ lục.*Unicode/);
    expect(sha256(legacy)).toBe(before);
    const g = await gridOf(out);
    expect(cell(g, "D7").value).toBe("Tổng số hộ trên địa bàn");
    expect(cell(g, "A1").value).toBe("PHỤ LỤC:");
    expect(cell(g, "B14").value).toBe("Tổng:");
    expect(cell(g, "D14").value).toBe(729);
    for (const a1 of ["D7", "A1", "B9", "D14"])
      expect(await fontOf(out, a1)).toBe("Times New Roman");
    const after = await checkJson(out);
    expect(after.code).toBe(0);
    expect(after.tables[0]?.issues).toEqual([]);
    // the converted text is the seed's own
    const seedGrid = await gridOf(CLEAN);
    expect(g.values).toEqual(seedGrid.values);
  });
});

describe.each(["tcvn3", "vni"] as const)("a %s copy whose fonts were lost", (encoding) => {
  it("is recognised by its characters: one LEGACY_ENCODING warning, and `unicode` converts it", async () => {
    const dir = tempDir();
    const legacy = await writeLegacyCopy(dir, encoding, { fonts: false });
    expect(await fontOf(legacy, "D7")).toBe("Times New Roman");
    const before = await checkJson(legacy);
    expect(before.code).toBe(0);
    expect(before.tables[0]?.issues.map((i) => i.code)).toEqual(["LEGACY_ENCODING"]);
    const out = path.join(dir, "out.xlsx");
    expect((await run("unicode", legacy, "-o", out)).code).toBe(0);
    expect(cell(await gridOf(out), "D7").value).toBe("Tổng số hộ trên địa bàn");
    expect((await checkJson(out)).tables[0]?.issues).toEqual([]);
  });
});

describe("giamngheo unicode", () => {
  it("on a Unicode workbook changes nothing and says so", async () => {
    const dir = tempDir();
    const out = path.join(dir, "out.xlsx");
    const r = await run("unicode", CLEAN, "-o", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Không có chữ nào viết bằng bảng mã cũ/);
    expect((await gridOf(out)).values).toEqual((await gridOf(CLEAN)).values);
    expect((await checkJson(out)).tables[0]?.issues).toEqual([]);
  });

  it("needs -o, refuses the input as output, and a file that is no workbook (exit 2, one line)", async () => {
    const dir = tempDir();
    expectUnusable(await run("unicode", CLEAN));
    expectUnusable(await run("unicode", CLEAN, "-o", CLEAN));
    expectUnusable(
      await run("unicode", path.join(dir, "khong-co.xlsx"), "-o", path.join(dir, "o.xlsx"))
    );
  });

  it("on the errors fixture in TCVN3: the same six issues read in Unicode; converted, exit 1 for the errors left", async () => {
    const dir = tempDir();
    const legacy = await writeLegacyCopy(dir, "tcvn3", { source: ERRORS });
    const before = await checkJson(legacy);
    expect(before.code).toBe(1);
    const issues = before.tables[0]?.issues ?? [];
    expect(issues.map((i) => `${i.cell} ${i.code}`)).toEqual([
      "B5 LEGACY_ENCODING",
      "F9 RATE_MISMATCH",
      "E10 NOT_A_NUMBER",
      "G11 CUT_EXCEEDS_POOR",
      "I11 NEGATIVE_VALUE",
      "D13 NUMBER_AS_TEXT",
      "G14 TOTAL_MISMATCH",
    ]);
    expect(issues.find((i) => i.cell === "F9")?.message).toContain("Làng Gió");
    expect(issues.find((i) => i.cell === "E10")?.message).toContain("“4 hộ”");
    const out = path.join(dir, "out.xlsx");
    const r = await run("unicode", legacy, "-o", out);
    expect(r.code).toBe(1);
    const after = await checkJson(out);
    expect(after.tables[0]?.issues.map((i) => i.code)).not.toContain("LEGACY_ENCODING");
    expect(after.tables[0]?.issues).toHaveLength(6);
  });

  it("speaks English with --lang en", async () => {
    const dir = tempDir();
    const legacy = await writeLegacyCopy(dir, "tcvn3");
    const r = await run("unicode", legacy, "-o", path.join(dir, "o.xlsx"), "--lang", "en");
    expect(r.stdout).toMatch(/converted to Unicode/);
    const check = await run("check", legacy, "--lang", "en");
    expect(check.stdout).toMatch(/LEGACY_ENCODING.*old TCVN3 \(ABC\) encoding/);
  });
});
