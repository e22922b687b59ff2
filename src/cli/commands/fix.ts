import { buildFixPlan } from "../../core";
import { cliMessages } from "../messages";
import { translator } from "../../core";
import type { WritePlan } from "../../core";
import type { CliCommand } from "../command";
import { openWorkbookFile } from "../files";
import { findTables } from "../findTables";
import { rangeToA1 } from "../../core";
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

/** `giamngheo fix FILE -o OUT [--formulas] [--sheet NAME]`: recompute derived columns of every table into OUT. */
export const fixCommand: CliCommand = {
  name: "fix",
  synopsis: (lang) => t(lang, "synopsisFix"),
  summary: (lang) => t(lang, "summaryFix"),
  optionHelp: (lang) => [t(lang, "optOutput"), t(lang, "optFormulas"), t(lang, "optSheet")],
  options: [OUTPUT_OPTION, FORMULAS_OPTION, SHEET_OPTION],
  async run(ctx) {
    const file = inputFile(ctx);
    const output = outputFile(ctx, file);
    const formulas = ctx.args.options["formulas"] === true;
    const { host } = await openWorkbookFile(file, ctx.lang);
    const tables = await findTables(
      host,
      file,
      ctx.lang,
      optionalString(ctx.args.options["sheet"])
    );
    const plans = tables.map((table) => buildFixPlan(table.data, { formulas }));
    tables.forEach((table, i) => {
      const cells = (plans[i] as WritePlan).sheets.reduce((n, sp) => n + sp.writes.length, 0);
      const [sheet, range] = [table.data.layout.sheet, rangeToA1(table.data.layout.range)];
      ctx.out(
        cells === 0
          ? ctx.t("nothingToFix", { sheet, range })
          : ctx.t("fixedLine", { sheet, range, cells })
      );
    });
    const plan: WritePlan = { action: "fix", sheets: plans.flatMap((p) => p.sheets) };
    return applyAndWrite(ctx, { host, plan, output, tables });
  },
};
