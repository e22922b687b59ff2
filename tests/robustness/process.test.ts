/**
 * The launcher as an officer runs it (`node bin/giamngheo.js`, over the CLI built by `npm run build:cli`, which
 * `npm test` does before jest): bad input ends the process with exit 2 and one Vietnamese stderr line, never a
 * stack trace from node itself, and the input file is untouched.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cliProcess, hasBuiltCli, problemsOf, sha256 } from "../cli/harness";
import { CORPUS_DIR, cleanAppendixBytes } from "./corpus";

jest.setTimeout(180_000);

import { WORKBOOKS as FIXTURES } from "../paths";
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "giamngheo-process-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the CLI is built (npm run build:cli)", () => {
  expect(hasBuiltCli()).toBe(true);
});

test.each([
  ["an encrypted workbook", () => path.join(CORPUS_DIR, "password-protected.xlsx")],
  ["an old .xls", () => path.join(CORPUS_DIR, "old-format.xls")],
  [
    "a truncated file",
    async () => {
      const p = path.join(dir, "truncated.xlsx");
      const bytes = await cleanAppendixBytes();
      fs.writeFileSync(p, bytes.subarray(0, bytes.length >> 1));
      return p;
    },
  ],
  ["a missing file", () => path.join(dir, "khong-co.xlsx")],
])("%s: exit 2, one line, input untouched", async (_label, file) => {
  const input = await file();
  const before = fs.existsSync(input) ? sha256(input) : null;
  const out = path.join(dir, "out.xlsx");
  for (const argv of [
    ["check", input],
    ["fix", input, "-o", out],
    ["summary", input, "-o", out],
  ]) {
    const run = cliProcess(argv);
    expect({ argv, problems: problemsOf(run), code: run.code }).toEqual({
      argv,
      problems: [],
      code: 2,
    });
    expect(fs.existsSync(out)).toBe(false);
  }
  if (before !== null) expect(sha256(input)).toBe(before);
});

test("bad arguments: exit 2 with one line", () => {
  for (const argv of [
    [],
    ["check"],
    ["allocate", path.join(FIXTURES, "binh-luong-2024.xlsx"), "-o", path.join(dir, "x.xlsx")],
    ["--sheet"],
  ]) {
    const run = cliProcess(argv);
    expect({ argv, problems: problemsOf(run), code: run.code }).toEqual({
      argv,
      problems: [],
      code: 2,
    });
  }
});

test("the errors fixture: exit 1, the six issues, the input untouched by fix", () => {
  const input = path.join(FIXTURES, "binh-luong-2024-errors.xlsx");
  const before = sha256(input);
  const check = cliProcess(["check", input, "--json"]);
  expect(problemsOf(check)).toEqual([]);
  expect(check.code).toBe(1);
  const cells = (
    JSON.parse(check.stdout) as { tables: { issues: { cell: string }[] }[] }
  ).tables[0]!.issues.map((i) => i.cell);
  expect(cells).toEqual(["F9", "E10", "G11", "I11", "D13", "G14"]);
  const out = path.join(dir, "fixed.xlsx");
  const fix = cliProcess(["fix", input, "-o", out]);
  expect(problemsOf(fix)).toEqual([]);
  expect(fs.existsSync(out)).toBe(true);
  expect(sha256(input)).toBe(before);
});
