/** The one CLI harness: run `giamngheo` in-process (or as the built launcher) with captured output, and judge it. */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import type { Grid } from "../../src/core";

export { CLEAN_WORKBOOK as CLEAN, ERRORS_WORKBOOK as ERRORS } from "../paths";
export const SHEET = "Phụ lục";

export type Run = { readonly code: number; readonly stdout: string; readonly stderr: string };
export type CliRun = Run;

export async function run(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { code, stdout, stderr };
}

/** `run` with an argument list. */
export const cli = (argv: readonly string[]): Promise<Run> => run(...argv);

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/giamngheo.js");

/** Run the built launcher (`npm run build:cli` first) as the officer would. */
export function cliProcess(argv: readonly string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const hasBuiltCli = (): boolean => fs.existsSync(path.join(ROOT, "dist/cli/cli/main.js"));

export const lines = (s: string): string[] => s.split("\n").filter((l) => l.trim() !== "");

export const sha256 = (file: string): string =>
  createHash("sha256").update(fs.readFileSync(file)).digest("hex");

export const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "giamngheo-cli-"));

/** A grid of a written file, read back through the xlsx host. */
export async function gridOf(file: string, sheet = SHEET): Promise<Grid> {
  return (await XlsxHost.fromBuffer(fs.readFileSync(file))).readGrid(sheet);
}

export function cell(
  g: Grid,
  a1: string
): { value: unknown; formula: string | null | undefined; format: string | undefined } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  const col = (m[1] as string).split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const i = Number(m[2]) - g.top;
  const j = col - g.left;
  return { value: g.values[i]?.[j], formula: g.formulas[i]?.[j], format: g.numberFormats[i]?.[j] };
}

export async function writeWorkbook(
  file: string,
  build: (wb: ExcelJS.Workbook) => void
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Exit 2 the way the contract says: exactly one stderr line, nothing that looks like a stack trace. */
export function expectUnusable(r: Run): void {
  expect(r.code).toBe(2);
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at |\n\s+at /);
  expect(r.stderr).not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError|Error:)/);
}

/** Letters only Vietnamese uses: a reason written in Vietnamese has at least one. */
export const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýơ]/i;

/** What goes wrong in a run, or [] when the run behaves: exit 0/1/2, exit 2 = one Vietnamese stderr line, no trace. */
export function problemsOf(run: Run): string[] {
  const problems: string[] = [];
  const all = run.stdout + run.stderr;
  if (![0, 1, 2].includes(run.code)) problems.push(`exit code ${run.code}`);
  if (/^\s+at .+/m.test(all) || all.includes("    at ")) problems.push("stack trace in output");
  if (/\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/.test(all))
    problems.push("raw JS error name in output");
  // The CLI's catch-all for errors it did not expect: one line, but it means a bug was hit.
  if (/Lỗi không mong đợi|Unexpected error/.test(run.stderr))
    problems.push(`unexpected error: ${run.stderr.trim()}`);
  if (run.code === 2) {
    const lines = run.stderr.split(/\r?\n/).filter((l) => l.trim() !== "");
    if (lines.length !== 1)
      problems.push(`stderr has ${lines.length} lines: ${JSON.stringify(run.stderr)}`);
    else if (!VIETNAMESE.test(lines[0]!)) problems.push(`stderr is not Vietnamese: ${lines[0]}`);
  }
  return problems;
}
