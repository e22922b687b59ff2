import { pruneUnchanged, validateTable } from "../core";
import type { Grid, ValidateOptions, WritePlan } from "../core";
import type { XlsxHost } from "../xlsx/XlsxHost";
import type { CliContext } from "./command";
import { writeFileAtomic } from "./files";
import { rereadTables, type FoundTable } from "./findTables";
import { countErrors, issueLine } from "./report";

/**
 * Apply the plan to the in-memory workbook, write OUT atomically (the input file is never opened for writing),
 * say what was written, then check the written tables again: exit 1 if errors remain, else 0.
 */
export async function applyAndWrite(
  ctx: CliContext,
  opts: {
    readonly host: XlsxHost;
    readonly plan: WritePlan;
    readonly output: string;
    readonly tables: readonly FoundTable[];
    /** The check run on what was written (the targets the officer gave). */
    readonly check?: ValidateOptions;
  }
): Promise<number> {
  // Count (and write) only the cells that change: a rate already right is not "changed".
  const before = new Map<string, Grid>();
  for (const sp of opts.plan.sheets)
    if (!sp.create) before.set(sp.sheet, await opts.host.readGrid(sp.sheet));
  const pruned = pruneUnchanged(opts.plan, (s) => before.get(s));
  if (pruned.plan) await opts.host.apply(pruned.plan);
  const cellsWritten = pruned.changed;
  const bytes = await opts.host.toBuffer();
  writeFileAtomic(opts.output, bytes, ctx.lang);
  ctx.out(ctx.t("written", { file: opts.output, cells: cellsWritten }));
  const after = await rereadTables(opts.host, opts.tables);
  const remaining = after.flatMap((t) => validateTable(t.data, opts.check ?? {}));
  if (remaining.length > 0) {
    ctx.out(ctx.t("remainingHeader"));
    for (const issue of remaining) ctx.out(issueLine(issue, ctx));
    const errors = countErrors(remaining);
    ctx.out(ctx.t("countsLine", { errors, warnings: remaining.length - errors }));
  }
  return countErrors(remaining) > 0 ? 1 : 0;
}
