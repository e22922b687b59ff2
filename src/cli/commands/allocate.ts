import { allocateTarget, buildAllocationPlan, formatAllocationFailure } from "../../core";
import { rangeToA1 } from "../../core";
import { cliMessages } from "../messages";
import { translator } from "../../core";
import type { CliCommand } from "../command";
import { CliError } from "../CliError";
import { openWorkbookFile } from "../files";
import { findTables, tableName } from "../findTables";
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
type Method = (typeof METHODS)[number];

/** `giamngheo allocate FILE --target N -o OUT [--method …] [--formulas] [--sheet NAME]`. */
export const allocateCommand: CliCommand = {
  name: "allocate",
  synopsis: (lang) => t(lang, "synopsisAllocate"),
  summary: (lang) => t(lang, "summaryAllocate"),
  optionHelp: (lang) => [
    t(lang, "optTarget"),
    t(lang, "optOutput"),
    t(lang, "optMethod"),
    t(lang, "optFormulas"),
    t(lang, "optSheet"),
  ],
  options: [
    { name: "target", kind: "integer" },
    OUTPUT_OPTION,
    { name: "method", kind: "choice", choices: METHODS },
    FORMULAS_OPTION,
    SHEET_OPTION,
  ],
  async run(ctx) {
    const file = inputFile(ctx);
    const target = ctx.args.options["target"];
    if (typeof target !== "number")
      throw new CliError("missingOption", { command: "allocate", option: "--target" });
    const output = outputFile(ctx, file);
    const method = (ctx.args.options["method"] ?? "proportional") as Method;
    const formulas = ctx.args.options["formulas"] === true;
    const { host, bytes } = await openWorkbookFile(file, ctx.lang);
    const tables = await findTables(
      host,
      file,
      ctx.lang,
      optionalString(ctx.args.options["sheet"])
    );
    if (tables.length > 1) {
      throw new CliError("severalTables", {
        count: tables.length,
        tables: tables.map(tableName).join(", "),
      });
    }
    const table = tables[0] as (typeof tables)[number];
    const allocation = allocateTarget(table.data, target, method);
    if (!allocation.ok) {
      throw new CliError("allocationFailed", {
        target,
        reason: formatAllocationFailure(allocation, ctx.lang),
      });
    }
    const layout = table.data.layout;
    const methodName = ctx.t(
      method === "proportional" ? "methodProportional" : "methodHighestRate"
    );
    ctx.out(
      ctx.t("allocationHeader", {
        target,
        method: methodName,
        sheet: layout.sheet,
        range: rangeToA1(layout.range),
      })
    );
    for (const c of allocation.cuts) ctx.out(ctx.t("allocationLine", { name: c.name, cut: c.cut }));
    const plan = buildAllocationPlan(table.data, allocation.cuts, { formulas });
    return applyAndWrite(ctx, { host, inputBytes: bytes, plan, output, tables, target });
  },
};
