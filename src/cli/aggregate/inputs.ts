import * as fs from "fs";
import * as path from "path";
import { CliError } from "../CliError";

/** A file's identity: device and inode when it exists (a link or another spelling is the same file), else its path. */
function identity(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.dev}:${s.ino}`;
  } catch {
    return path.resolve(file);
  }
}

const isWorkbookName = (name: string): boolean =>
  /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");

/**
 * The commune files to read, in order: each FILE as given, each directory's .xlsx files directly inside it (sorted
 * by name; Excel's `~$` lock files, hidden temp files, the output and the targets workbook left out).
 * @throws CliError missingInputs, inputNotFound, emptyFolder (a folder with no workbook), inputTwice (the same
 * file given twice, also through a folder), outputIsInput (the output named among the inputs)
 */
export function listInputs(
  inputs: readonly string[],
  output: string,
  /** Files a folder must not contribute (the targets workbook). */
  notCommunes: readonly string[] = []
): string[] {
  if (inputs.length === 0) throw new CliError("missingInputs");
  const outputId = identity(output);
  const skipped = new Set([outputId, ...notCommunes.map(identity)]);
  const seen = new Map<string, string>();
  const files: string[] = [];
  const add = (file: string, given: boolean): void => {
    const id = identity(file);
    if (id === outputId) {
      if (given) throw new CliError("outputIsInput", { file: output });
      return;
    }
    if (seen.has(id)) throw new CliError("inputTwice", { file });
    seen.set(id, file);
    files.push(file);
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new CliError("inputNotFound", { file: input });
    }
    if (!stat.isDirectory()) {
      add(input, true);
      continue;
    }
    const names = fs
      .readdirSync(input, { withFileTypes: true })
      .filter((d) => d.isFile() && isWorkbookName(d.name))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b, "vi"));
    const inside = names.map((n) => path.join(input, n)).filter((f) => !skipped.has(identity(f)));
    if (inside.length === 0) throw new CliError("emptyFolder", { dir: input });
    for (const f of inside) add(f, false);
  }
  return files;
}
