import {
  allocateTarget,
  buildAllocationsPlan,
  formatAllocationFailure,
  formatTarget,
  rangeToA1,
  translator,
  type AllocationMethod,
  type AllocationPart,
  type AllocationSubject,
  type Target,
  type UnitLock,
} from "../../core";
import { cliMessages } from "../messages";
import type { CliCommand, CliContext } from "../command";
import { CliError } from "../CliError";
import { openWorkbookFile } from "../files";
import { findTables, pickAppendix } from "../findTables";
import { readLocks, readTargetArgs, resolveTargets, toValidateOptions } from "../targets";
import type { FoundTable } from "../findTables";
import { applyAndWrite } from "../writeResult";
import {
  FORMULAS_OPTION,
  inputFile,
  optionalString,
  OUTPUT_OPTION,
  outputFile,
  SHEET_OPTION,
} from "./shared";

const t = translator(cliMessages);
const METHODS = ["proportional", "highest-rate"] as const;

/** `giamngheo allocate FILE --target N|P% [--near-poor-target N|P%] [--lock "Unit=N,…"] -o OUT [--method …]`. */
export const allocateCommand: CliCommand = {
  name: "allocate",
  synopsis: (lang) => t(lang, "synopsisAllocate"),
  summary: (lang) => t(lang, "summaryAllocate"),
  optionHelp: (lang) => [
    t(lang, "optTarget"),
    t(lang, "optNearPoorTarget"),
    t(lang, "optLock"),
    t(lang, "optOutput"),
    t(lang, "optMethod"),
    t(lang, "optFormulas"),
    t(lang, "optSheet"),
  ],
  options: [
    { name: "target", kind: "string" },
    { name: "near-poor-target", kind: "string" },
    { name: "lock", kind: "string" },
    OUTPUT_OPTION,
    { name: "method", kind: "choice", choices: METHODS },
    FORMULAS_OPTION,
    SHEET_OPTION,
  ],
  async run(ctx) {
    const file = inputFile(ctx);
    const targetArgs = readTargetArgs(ctx);
    if (!targetArgs.poor && !targetArgs.nearPoor) throw new CliError("missingTarget");
    const locks = readLocks(ctx);
    const output = outputFile(ctx, file);
    const method = (ctx.args.options["method"] ?? "proportional") as AllocationMethod;
    const formulas = ctx.args.options["formulas"] === true;
    const { host } = await openWorkbookFile(file, ctx.lang);
    const tables = await findTables(
      host,
      file,
      ctx.lang,
      optionalString(ctx.args.options["sheet"])
    );
    const table = pickAppendix(tables);
    const targets = resolveTargets(targetArgs, table.data);
    const parts: AllocationPart[] = [];
    // Locks fix the poor-household cuts; with only a near-poor target they fix the near-poor cuts.
    if (targets.poor) parts.push(allocateOne(ctx, table, "poor", targets.poor, method, locks));
    if (targets.nearPoor) {
      const nearLocks = targets.poor ? [] : locks;
      parts.push(allocateOne(ctx, table, "nearPoor", targets.nearPoor, method, nearLocks));
    }
    const plan = buildAllocationsPlan(table.data, parts, { formulas, lang: ctx.lang });
    return applyAndWrite(ctx, {
      host,
      plan,
      output,
      tables: [table],
      check: toValidateOptions(targets),
    });
  },
};

function allocateOne(
  ctx: CliContext,
  table: FoundTable,
  subject: AllocationSubject,
  target: Target,
  method: AllocationMethod,
  locks: readonly UnitLock[]
): AllocationPart {
  const stated = formatTarget(target, ctx.lang);
  const allocation = allocateTarget(table.data, target.households, method, { subject, locks });
  if (!allocation.ok) {
    throw new CliError("allocationFailed", {
      target: stated,
      reason: formatAllocationFailure(allocation, ctx.lang),
    });
  }
  const layout = table.data.layout;
  ctx.out(
    ctx.t("allocationHeader", {
      whose: ctx.t(subject === "poor" ? "whosePoor" : "whoseNearPoor"),
      target: stated,
      method: ctx.t(method === "proportional" ? "methodProportional" : "methodHighestRate"),
      sheet: layout.sheet,
      range: rangeToA1(layout.range),
    })
  );
  for (const c of allocation.cuts)
    ctx.out(
      ctx.t(c.locked ? "allocationLockedLine" : "allocationLine", { name: c.name, cut: c.cut })
    );
  const sum = allocation.cuts.reduce((a, c) => a + c.cut, 0);
  ctx.out(ctx.t("allocationTotal", { sum, target: stated }));
  return { subject, cuts: allocation.cuts };
}
