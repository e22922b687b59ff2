/**
 * Recalculate an .xlsx with LibreOffice (headless), independently of our engine: a fresh profile per call with
 * tests/resources/libreoffice/registrymodifications.xcu (forces recalculation on load), then `--convert-to xlsx`.
 * `soffice` exits 0 even when it fails, so success means "the output file exists".
 */
import { execFile, execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { LIBREOFFICE_PROFILE } from "../paths";
export { LIBREOFFICE_PROFILE };

/** True when `soffice` is on PATH (tests that need it are skipped otherwise, with a visible reason). */
export function hasLibreOffice(): boolean {
  try {
    execFileSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" });
    return fs.existsSync(LIBREOFFICE_PROFILE);
  } catch {
    return false;
  }
}

/**
 * Convert `input` (.xlsx) through LibreOffice into `outDir` (a new temp folder by default) and return the path of
 * the recalculated copy. Rejects with soffice's stderr when no output appears.
 * @example const out = await recalculateWithLibreOffice("/tmp/fixed.xlsx"); // read it back with ExcelJS / XlsxHost
 */
export function recalculateWithLibreOffice(
  input: string,
  outDir: string = fs.mkdtempSync(path.join(os.tmpdir(), "lo-out-")),
  timeoutMs = 240_000
): Promise<string> {
  if (path.resolve(outDir) === path.resolve(path.dirname(input)))
    throw new Error("recalculateWithLibreOffice: outDir must differ from the input's folder");
  return convertWithLibreOffice(input, "xlsx", outDir, timeoutMs);
}

/**
 * Print `input` (.xlsx) to PDF with LibreOffice (every visible sheet, with its page setup) and return the PDF's path.
 * Rejects when no PDF appears (soffice exits 0 even then).
 */
export function printToPdfWithLibreOffice(
  input: string,
  outDir: string = fs.mkdtempSync(path.join(os.tmpdir(), "lo-pdf-")),
  timeoutMs = 240_000
): Promise<string> {
  return convertWithLibreOffice(input, "pdf", outDir, timeoutMs);
}

/** One soffice run in a fresh profile that recalculates on load; the output must exist and not be empty. */
async function convertWithLibreOffice(
  input: string,
  format: "xlsx" | "pdf",
  outDir: string,
  timeoutMs: number
): Promise<string> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.copyFileSync(LIBREOFFICE_PROFILE, path.join(profile, "user", "registrymodifications.xcu"));
  fs.mkdirSync(outDir, { recursive: true });
  const output = path.join(outDir, `${path.basename(input, path.extname(input))}.${format}`);
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    input,
  ];
  try {
    const stderr = await new Promise<string>((resolve) => {
      execFile("soffice", args, { timeout: timeoutMs }, (_error, _stdout, err) =>
        resolve(String(err))
      );
    });
    if (!fs.existsSync(output) || fs.statSync(output).size === 0)
      throw new Error(`LibreOffice produced no ${output}: ${stderr.trim()}`);
    return output;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Convert many .xlsx files in ONE soffice run (a fresh profile that recalculates on load) — far cheaper than a run
 * per file. Returns, per input, the converted file's path, or null when LibreOffice wrote nothing for it (it could
 * not open it). Input base names must differ (they name the outputs).
 */
export async function convertManyWithLibreOffice(
  inputs: readonly string[],
  format: "xlsx" | "csv",
  outDir: string = fs.mkdtempSync(path.join(os.tmpdir(), "lo-many-")),
  timeoutMs = 600_000
): Promise<Map<string, string | null>> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.copyFileSync(LIBREOFFICE_PROFILE, path.join(profile, "user", "registrymodifications.xcu"));
  fs.mkdirSync(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    ...inputs,
  ];
  try {
    await new Promise<void>((resolve) => {
      execFile("soffice", args, { timeout: timeoutMs }, () => resolve());
    });
    const out = new Map<string, string | null>();
    for (const input of inputs) {
      const output = path.join(outDir, `${path.basename(input, path.extname(input))}.${format}`);
      out.set(input, fs.existsSync(output) && fs.statSync(output).size > 0 ? output : null);
    }
    return out;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
