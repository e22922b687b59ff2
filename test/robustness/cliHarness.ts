/** Run the giamngheo CLI in-process (or as a child process) and judge its output the way an officer would. */
import { createHash } from "crypto";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runCli } from "../../src/cli/main";

export type CliRun = { readonly code: number; readonly stdout: string; readonly stderr: string };

export async function cli(argv: readonly string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (s: string) => {
      stdout += s;
    },
    stderr: (s: string) => {
      stderr += s;
    },
  };
  const code = await runCli([...argv], io);
  return { code, stdout, stderr };
}

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/giamngheo.js");

/** Run the built launcher (`npm run build:cli` first) as the officer would. */
export function cliProcess(argv: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const hasBuiltCli = (): boolean => fs.existsSync(path.join(ROOT, "dist/cli/cli/main.js"));

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Letters only Vietnamese uses: a reason written in Vietnamese has at least one. */
export const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýơ]/i;

/** What goes wrong in a run, or [] when the run behaves: exit 0/1/2, exit 2 = one Vietnamese stderr line, no trace. */
export function problemsOf(run: CliRun): string[] {
  const problems: string[] = [];
  const all = run.stdout + run.stderr;
  if (![0, 1, 2].includes(run.code)) problems.push(`exit code ${run.code}`);
  if (/^\s+at .+/m.test(all) || all.includes("    at ")) problems.push("stack trace in output");
  if (/\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/.test(all)) problems.push("raw JS error name in output");
  // The CLI's catch-all for errors it did not expect: one line, but it means a bug was hit.
  if (/Lỗi không mong đợi|Unexpected error/.test(run.stderr)) problems.push(`unexpected error: ${run.stderr.trim()}`);
  if (run.code === 2) {
    const lines = run.stderr.split(/\r?\n/).filter((l) => l.trim() !== "");
    if (lines.length !== 1) problems.push(`stderr has ${lines.length} lines: ${JSON.stringify(run.stderr)}`);
    else if (!VIETNAMESE.test(lines[0]!)) problems.push(`stderr is not Vietnamese: ${lines[0]}`);
  }
  return problems;
}
