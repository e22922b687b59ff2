import { tableToJson, validateTable } from "../../core";
import { cliMessages } from "../messages";
import { translator } from "../../core";
import type { CliCommand } from "../command";
import { openWorkbookFile } from "../files";
import { findTables } from "../findTables";
import { countErrors, groupsLine, printIssues, tableLine } from "../report";
import { readTargetArgs, resolveTargets, toValidateOptions } from "../targets";
import { inputFile } from "./shared";

const t = translator(cliMessages);

/** `giamngheo check FILE [--sheet NAME] [--target N|P%] [--near-poor-target N|P%] [--json]`: every table and its issues. */
export const checkCommand: CliCommand = {
  name: "check",
  synopsis: (lang) => t(lang, "synopsisCheck"),
  summary: (lang) => t(lang, "summaryCheck"),
  optionHelp: (lang) => [
    t(lang, "optSheet"),
    t(lang, "optTarget"),
    t(lang, "optNearPoorTarget"),
    t(lang, "optJson"),
  ],
  options: [
    { name: "sheet", kind: "string" },
    { name: "target", kind: "string" },
    { name: "near-poor-target", kind: "string" },
    { name: "json", kind: "flag" },
  ],
  async run(ctx) {
    const file = inputFile(ctx);
    const { sheet, json } = ctx.args.options;
    const targetArgs = readTargetArgs(ctx);
    const { host } = await openWorkbookFile(file, ctx.lang);
    const tables = await findTables(
      host,
      file,
      ctx.lang,
      typeof sheet === "string" ? sheet : undefined
    );
    const results = tables.map((table) => ({
      table,
      issues: validateTable(table.data, toValidateOptions(resolveTargets(targetArgs, table.data))),
    }));
    if (json === true) {
      const body = {
        file,
        tables: results.map(({ table, issues }) => tableToJson(table.data, issues, ctx.lang)),
      };
      ctx.out(JSON.stringify(body, null, 2));
    } else {
      results.forEach(({ table, issues }, i) => {
        if (i > 0) ctx.out("");
        ctx.out(tableLine(table, ctx));
        const groups = groupsLine(table, ctx);
        if (groups !== null) ctx.out(groups);
        printIssues(issues, ctx);
      });
    }
    return results.some(({ issues }) => countErrors(issues) > 0) ? 1 : 0;
  },
};
