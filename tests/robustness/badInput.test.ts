/**
 * Robustness: every bad input gives a clear Vietnamese answer — issues with the right codes (exit 0/1) or exit 2
 * with exactly one stderr line — never a crash or stack trace; the input file is never changed and a failed
 * write leaves no output file behind.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { ISSUE_CODES } from "../../src/core";
import { buildAppendix, FIRST_DATA_ROW } from "../corpus/appendix";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { cli, problemsOf, sha256, VIETNAMESE, type CliRun } from "../cli/harness";
import { buildIssueCases, buildUnusableCases, type IssueCase, type UnusableCase } from "./corpus";

jest.setTimeout(120_000);

let dir: string;
let unusable: UnusableCase[];
let withIssues: IssueCase[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "giamngheo-robust-"));
  unusable = await buildUnusableCases(dir);
  withIssues = await buildIssueCases(dir);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

type JsonIssue = { code: string; cell: string; severity: string; message: string };
type JsonReport = { tables: { sheet: string; issues: JsonIssue[] }[] };

/** Every command the CLI has, writing into a fresh output path. */
function commandsFor(file: string, tag: string): { argv: string[]; out: string | null }[] {
  const out = (cmd: string): string => path.join(dir, `out-${tag}-${cmd}.xlsx`);
  return [
    { argv: ["check", file], out: null },
    { argv: ["check", file, "--json"], out: null },
    { argv: ["fix", file, "-o", out("fix")], out: out("fix") },
    { argv: ["fix", file, "-o", out("fixf"), "--formulas"], out: out("fixf") },
    { argv: ["allocate", file, "--target", "5", "-o", out("alloc")], out: out("alloc") },
    { argv: ["summary", file, "-o", out("summary")], out: out("summary") },
  ];
}

async function runAll(
  file: string,
  tag: string,
  only: readonly string[] | null = null
): Promise<{ argv: string[]; run: CliRun; out: string | null }[]> {
  const before = sha256(file);
  const results = [];
  const label = (argv: readonly string[]): string =>
    [argv[0], ...argv.filter((a) => a === "--json")].join(" ");
  for (const c of commandsFor(file, tag).filter(
    (x) => only === null || only.includes(label(x.argv))
  )) {
    const run = await cli(c.argv);
    results.push({ ...c, run });
    expect(sha256(file)).toBe(before);
  }
  return results;
}

async function isReadableXlsx(file: string): Promise<boolean> {
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets.length > 0;
  } catch {
    return false;
  }
}

describe("unusable files: every command exits 2 with one Vietnamese line", () => {
  it("has the whole corpus", () => {
    expect(unusable.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "password-protected.xlsx",
        "old-format.xls",
        "renamed-csv.xlsx",
        "text-100k-rows.xlsx",
      ])
    );
  });

  it.each([
    "zero-bytes.xlsx",
    "truncated-half.xlsx",
    "truncated-100-bytes.xlsx",
    "bit-flipped.xlsx",
    "random-bytes.xlsx",
    "zip-not-xlsx.xlsx",
    "broken-sheet-xml.xlsx",
    "missing-workbook-xml.xlsx",
    "renamed-csv.xlsx",
    "plain.csv",
    "password-protected.xlsx",
    "old-format.xls",
    "old-format-renamed.xlsx",
    "empty-workbook.xlsx",
    "text-100k-rows.xlsx",
  ])("%s", async (name) => {
    const c = unusable.find((u) => u.name === name)!;
    const before = fs.readdirSync(dir).sort();
    // The 100,000-row file takes seconds to open: two commands (a reader and a writer) are enough for it.
    const only = name === "text-100k-rows.xlsx" ? ["check --json", "fix"] : null;
    const results = await runAll(c.file, name.replace(/\W/g, "_"), only);
    for (const r of results) {
      expect({ argv: r.argv, problems: problemsOf(r.run) }).toEqual({ argv: r.argv, problems: [] });
      expect({ argv: r.argv, code: r.run.code }).toEqual({ argv: r.argv, code: 2 });
    }
    // No output, no temp file left beside it.
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it("a missing file, a folder and a missing sheet are unusable input too", async () => {
    const clean = path.join(dir, "clean-for-args.xlsx");
    fs.writeFileSync(clean, await toXlsxBuffer(buildAppendix({ units: 5 })));
    const runs = [
      await cli(["check", path.join(dir, "does-not-exist.xlsx")]),
      await cli(["check", dir]),
      await cli(["check", clean, "--sheet", "Không có"]),
      await cli(["allocate", clean, "--target", "khoảng 5", "-o", path.join(dir, "x.xlsx")]),
      await cli(["allocate", clean, "--target", "-3", "-o", path.join(dir, "x.xlsx")]),
      await cli(["frobnicate", clean]),
      await cli(["fix", clean]),
    ];
    for (const r of runs) {
      expect(problemsOf(r)).toEqual([]);
      expect(r.code).toBe(2);
    }
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("bad content: clear issues with the right codes", () => {
  const names = [
    "merged cells across the table",
    "hidden rows",
    "every Excel error value in count and rate cells",
    "dates in count cells",
    "numbers stored as text in every form",
  ];

  it("has every case", () => {
    expect(withIssues.map((c) => c.name)).toEqual(names);
  });

  it.each(names)("%s", async (name) => {
    const c = withIssues.find((x) => x.name === name)!;
    const results = await runAll(c.file, name.replace(/\W/g, "_"));
    for (const r of results) {
      expect({ argv: r.argv, problems: problemsOf(r.run) }).toEqual({ argv: r.argv, problems: [] });
      if (r.out === null) continue;
      // Exit 0 writes the output; exit 1 may write it or refuse (saying so); exit 2 never leaves one.
      const written = fs.existsSync(r.out);
      if (r.run.code === 0)
        expect({ argv: r.argv, written }).toEqual({ argv: r.argv, written: true });
      if (r.run.code === 2)
        expect({ argv: r.argv, written }).toEqual({ argv: r.argv, written: false });
      if (written)
        expect({ argv: r.argv, readable: await isReadableXlsx(r.out) }).toEqual({
          argv: r.argv,
          readable: true,
        });
    }
    const check = results[0]!.run;
    expect(c.exit).toContain(check.code);
    const json = results[1]!.run;
    expect(json.code).toBe(check.code);
    const report = JSON.parse(json.stdout) as JsonReport;
    const issues = report.tables.flatMap((t) => t.issues);
    for (const i of issues) {
      expect(ISSUE_CODES).toContain(i.code);
      expect(i.message).toMatch(VIETNAMESE);
    }
    for (const e of c.expect) {
      const at = issues.filter((i) => i.cell === e.cell).map((i) => i.code);
      expect({ cell: e.cell, matches: at.some((code) => e.codes.includes(code)), at }).toEqual({
        cell: e.cell,
        matches: true,
        at,
      });
    }
    const forbidden = issues
      .filter((i) => (c.forbidden ?? []).includes(i.code))
      .map((i) => `${i.code} ${i.cell}`);
    expect(forbidden).toEqual([]);
    // The human-readable report names every issue cell.
    for (const e of c.expect) expect(check.stdout).toContain(e.cell);
  });

  it("fix turns every number typed as text into a number: the fixed file checks without errors", async () => {
    const c = withIssues.find((x) => x.name === "numbers stored as text in every form")!;
    const out = path.join(dir, "numbers-as-text-fixed.xlsx");
    const fixRun = await cli(["fix", c.file, "-o", out]);
    expect(problemsOf(fixRun)).toEqual([]);
    expect(fixRun.code).not.toBe(2);
    const after = await cli(["check", out, "--json"]);
    const issues = (JSON.parse(after.stdout) as JsonReport).tables.flatMap((t) => t.issues);
    const exactCells = c.expect.filter((e) => e.codes.length === 1).map((e) => e.cell);
    expect(issues.filter((i) => exactCells.includes(i.cell))).toEqual([]);
    expect(issues.filter((i) => i.severity === "error" && i.code !== "NOT_A_NUMBER")).toEqual([]);
  });
});

describe("writes are atomic", () => {
  let clean: string;
  beforeAll(async () => {
    clean = path.join(dir, "atomic-source.xlsx");
    fs.writeFileSync(clean, await toXlsxBuffer(buildAppendix({ units: 6, seed: 21 })));
  });

  it.each([
    ["into a folder that does not exist", () => path.join(dir, "no-such-folder", "out.xlsx")],
    ["onto an existing folder", () => fs.mkdtempSync(path.join(dir, "is-a-folder-"))],
  ])("a failed write %s exits 2 and leaves nothing behind", async (_label, target) => {
    const out = target();
    // The nearest folder that exists: nothing may appear in it (not even the missing folder).
    const parent = fs.existsSync(path.dirname(out))
      ? path.dirname(out)
      : path.dirname(path.dirname(out));
    const before = fs.readdirSync(parent).sort();
    for (const cmd of [["fix"], ["allocate", "--target", "3"], ["summary"]]) {
      const [verb, ...rest] = cmd as [string, ...string[]];
      const run = await cli([verb, clean, ...rest, "-o", out]);
      expect(problemsOf(run)).toEqual([]);
      expect(run.code).toBe(2);
      expect(fs.readdirSync(parent).sort()).toEqual(before);
    }
  });

  it("never overwrites its own input: -o equal to the input is refused or leaves the input unchanged", async () => {
    const before = sha256(clean);
    const run = await cli(["fix", clean, "-o", clean, "--formulas"]);
    expect(problemsOf(run)).toEqual([]);
    expect(sha256(clean)).toBe(before);
  });

  it("a successful write replaces an existing output file whole", async () => {
    const out = path.join(dir, "existing-out.xlsx");
    fs.writeFileSync(out, "old bytes that are not a workbook");
    const run = await cli(["summary", clean, "-o", out]);
    expect(problemsOf(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(await isReadableXlsx(out)).toBe(true);
    const stray = fs.readdirSync(dir).filter((f) => /\.tmp$|~$|\.partial$/.test(f));
    expect(stray).toEqual([]);
  });
});

describe("data rows right after the header", () => {
  it("a huge number of units still gives a report, not a crash", async () => {
    const file = path.join(dir, "many-units.xlsx");
    fs.writeFileSync(file, await toXlsxBuffer(buildAppendix({ units: 3000, seed: 5 })));
    const run = await cli(["check", file, "--json"]);
    expect(problemsOf(run)).toEqual([]);
    const report = JSON.parse(run.stdout) as { tables: { dataRows: number[] }[] };
    expect(report.tables[0]!.dataRows).toEqual([FIRST_DATA_ROW, FIRST_DATA_ROW + 2999]);
    expect(run.code).toBe(0);
  });
});
