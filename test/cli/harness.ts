/** Run `runCli` in-process with captured output; fixture paths resolved relative to the repo (CI: ../shared). */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import type { Grid } from "../../src/core/model/grid";

export const CLEAN = path.resolve(__dirname, "../../../shared/fixtures/binh-luong-2024.xlsx");
export const ERRORS = path.resolve(__dirname, "../../../shared/fixtures/binh-luong-2024-errors.xlsx");
export const SHEET = "Phụ lục";

export type Run = { code: number; stdout: string; stderr: string };

export async function run(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

export const lines = (s: string): string[] => s.split("\n").filter((l) => l.trim() !== "");

export const sha256 = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

export const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "giamngheo-cli-"));

/** A grid of a written file, read back through the xlsx host. */
export async function gridOf(file: string, sheet = SHEET): Promise<Grid> {
  return (await XlsxHost.fromBuffer(fs.readFileSync(file))).readGrid(sheet);
}

export function cell(g: Grid, a1: string): { value: unknown; formula: string | null | undefined } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  const col = (m[1] as string).split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const i = Number(m[2]) - g.top;
  const j = col - g.left;
  return { value: g.values[i]?.[j], formula: g.formulas[i]?.[j] };
}

export async function writeWorkbook(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
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
