import { isHostError, readTargets } from "../../core";
import type { Grid, Lang, TargetsReading } from "../../core";
import { CliError } from "../CliError";
import { assertDifferentOutput, openWorkbookFile } from "../files";

/**
 * The province's targets workbook, read before any commune file (a wrong targets file stops the run at once).
 * @throws CliError outputIsInput, targetsUnreadable (not a readable .xlsx), targetsEmpty (no commune/target list)
 */
export async function readTargetsFile(
  file: string,
  output: string,
  lang: Lang
): Promise<TargetsReading> {
  try {
    assertDifferentOutput(file, output);
  } catch {
    throw new CliError("outputIsInput", { file: output });
  }
  const grids: Grid[] = [];
  try {
    const { host } = await openWorkbookFile(file, lang);
    for (const sheet of await host.listSheets()) grids.push(await host.readGrid(sheet));
  } catch (e) {
    if (!isHostError(e)) throw e;
    throw new CliError("targetsUnreadable", { file, reason: e.toMessage(lang) });
  }
  const read = readTargets(grids);
  if (read === null || read.targets.length === 0) throw new CliError("targetsEmpty", { file });
  return read;
}
