import { CLEAN, ERRORS, lines, run, SHEET } from "./harness";

type JsonIssue = {
  code: string;
  severity: string;
  cell: string;
  role: string | null;
  actual: unknown;
  expected?: number;
  suggestion?: number;
  message: string;
};
type JsonTable = {
  sheet: string;
  range: string;
  headerRows: number[];
  dataRows: number[];
  totalsRow: number | null;
  columns: Record<string, string>;
  units: { row: number; name: string; [k: string]: unknown }[];
  issues: JsonIssue[];
};

async function checkJson(
  ...argv: string[]
): Promise<{ code: number; body: { file: string; tables: JsonTable[] } }> {
  const r = await run("check", ...argv, "--json");
  expect(r.stderr).toBe("");
  return { code: r.code, body: JSON.parse(r.stdout) };
}

describe("giamngheo check", () => {
  test("the clean fixture: one table exactly as DESIGN.md, no issues, exit 0", async () => {
    const { code, body } = await checkJson(CLEAN);
    expect(code).toBe(0);
    expect(body.file).toBe(CLEAN);
    expect(body.tables).toHaveLength(1);
    const t = body.tables[0] as JsonTable;
    expect(t).toMatchObject({
      sheet: SHEET,
      range: "A5:I14",
      headerRows: [5, 7],
      dataRows: [8, 13],
      totalsRow: 14,
    });
    expect(t.columns).toEqual({
      index: "A",
      unit: "B",
      population: "C",
      households: "D",
      poor: "E",
      poorRate: "F",
      poorCut: "G",
      poorCutRate: "H",
      projectedPoorRate: "I",
    });
    expect(t.units.map((u) => u.name)).toEqual([
      "Quang Trung",
      "Làng Gió",
      "Thắng Lộc",
      "Làng Sao",
      "Hợp Thành",
      "Làng Mài",
    ]);
    expect(t.units[0]).toMatchObject({
      row: 8,
      name: "Quang Trung",
      households: 126,
      poor: 1,
      poorRate: 0.79,
    });
    expect(t.issues).toEqual([]);
  });

  test("the errors fixture: exactly the six issues of DESIGN.md, sorted by row then column, exit 1", async () => {
    const { code, body } = await checkJson(ERRORS);
    expect(code).toBe(1);
    const issues = (body.tables[0] as JsonTable).issues;
    expect(issues.map((i) => [i.cell, i.code])).toEqual([
      ["F9", "RATE_MISMATCH"],
      ["E10", "NOT_A_NUMBER"],
      ["G11", "CUT_EXCEEDS_POOR"],
      ["I11", "NEGATIVE_VALUE"],
      ["D13", "NUMBER_AS_TEXT"],
      ["G14", "TOTAL_MISMATCH"],
    ]);
    expect(issues[0]).toMatchObject({
      severity: "error",
      role: "poorRate",
      actual: 2.83,
      expected: 2.38,
    });
    expect(issues[1]).toMatchObject({
      severity: "error",
      role: "poor",
      actual: "4 hộ",
      suggestion: 4,
    });
    expect(issues[3]).toMatchObject({ role: "projectedPoorRate", actual: -0.95 });
    expect(issues[4]).toMatchObject({ severity: "warning", role: "households", actual: "98" });
    expect(issues[5]).toMatchObject({ role: "poorCut", actual: 11, expected: 10 });
    for (const i of issues) expect(i.message).toMatch(/[ăâđêôơư]/);
  });

  test("human output: a table line, one 'CELL  CODE  message' line per issue, a count", async () => {
    const r = await run("check", ERRORS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = lines(r.stdout);
    expect(out[0]).toContain(`${SHEET}!A5:I14`);
    expect(out.slice(1, 7).map((l) => l.split(/\s{2}/).slice(0, 2))).toEqual([
      ["F9", "RATE_MISMATCH"],
      ["E10", "NOT_A_NUMBER"],
      ["G11", "CUT_EXCEEDS_POOR"],
      ["I11", "NEGATIVE_VALUE"],
      ["D13", "NUMBER_AS_TEXT"],
      ["G14", "TOTAL_MISMATCH"],
    ]);
    expect(out[1]).toMatch(/2,83/); // Vietnamese decimal comma
    expect(out[7]).toMatch(/^5 lỗi, 1 cảnh báo/);
  });

  test("--lang en gives English words with a decimal point", async () => {
    const r = await run("check", ERRORS, "--lang", "en");
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[1]).toMatch(/^F9 {2}RATE_MISMATCH {2}.*2\.83/);
    expect(lines(r.stdout).at(-1)).toMatch(/^5 errors, 1 warnings/);
  });

  test("the clean fixture in human form says there is nothing to fix", async () => {
    const r = await run("check", CLEAN);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(2);
    expect(lines(r.stdout)[1]).toBe("Không phát hiện vấn đề nào.");
  });

  test("--sheet picks the sheet; --target adds TARGET_MISMATCH when the cuts do not add up", async () => {
    expect((await checkJson(CLEAN, "--sheet", SHEET, "--target", "10")).code).toBe(0);
    const { code, body } = await checkJson(CLEAN, "--target", "12");
    expect(code).toBe(1);
    expect((body.tables[0] as JsonTable).issues.map((i) => i.code)).toEqual(["TARGET_MISMATCH"]);
  });
});
