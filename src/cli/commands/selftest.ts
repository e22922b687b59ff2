import {
  formatSelfTest,
  runSelfTest,
  selfTestPassed,
  selfTestToJson,
  translator,
} from "../../core";
import { XlsxHost } from "../../xlsx/XlsxHost";
import type { CliCommand } from "../command";
import { CliError } from "../CliError";
import { cliMessages } from "../messages";

const t = translator(cliMessages);

/**
 * `giamngheo selftest`: the pane's self-test scenarios on the xlsx host, over a new in-memory workbook (no file is
 * read or written). One line per scenario ending in "đạt" or the error — with `--json`
 * `{"host", "version", "scenarios": [{"id", "title", "passed", "error"?}]}`; exit 0 iff every scenario passes.
 */
export const selftestCommand: CliCommand = {
  name: "selftest",
  synopsis: (lang) => t(lang, "synopsisSelftest"),
  summary: (lang) => t(lang, "summarySelftest"),
  optionHelp: (lang) => [t(lang, "optJson")],
  options: [{ name: "json", kind: "flag" }],
  async run(ctx) {
    const [extra] = ctx.args.positionals;
    if (extra !== undefined)
      throw new CliError("extraArgument", { arg: extra, command: ctx.command });
    const host = XlsxHost.create(["Sheet1"]);
    const report = await runSelfTest(host, ctx.lang);
    if (ctx.args.options.json === true)
      ctx.out(JSON.stringify(selfTestToJson(report, ctx.lang), null, 2));
    else for (const line of formatSelfTest(report, ctx.lang)) ctx.out(line);
    return selfTestPassed(report) ? 0 : 1;
  },
};
