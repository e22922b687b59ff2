import * as os from "os";
import {
  buildConsolidationPlan,
  consolidate,
  consolidationToJson,
  tProvince,
  translator,
} from "../../core";
import type { AssignedTarget, Lang } from "../../core";
import { XlsxHost } from "../../xlsx/XlsxHost";
import { listInputs } from "../aggregate/inputs";
import { readCommunes, type Jobs, type Progress } from "../aggregate/pool";
import { printConsolidation } from "../aggregate/printConsolidation";
import { readTargetsFile } from "../aggregate/targetsFile";
import type { CliCommand } from "../command";
import { CliError } from "../CliError";
import { writeFileAtomic } from "../files";
import { cliMessages } from "../messages";
import { optionalString, OUTPUT_OPTION } from "./shared";

const t = translator(cliMessages);

const MAX_JOBS = 64;

/** `--jobs N`: N at a time; by default up to one per core, workers only when the files are worth their start-up. */
function jobsOf(option: unknown): Jobs {
  if (option === undefined)
    return { n: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), auto: true };
  if (typeof option !== "number" || option < 1 || option > MAX_JOBS)
    throw new CliError("badJobs", { max: MAX_JOBS });
  return { n: option, auto: false };
}

/** Progress on a terminal only ("Đang đọc 12/100: …" rewritten in place); pipes and --json stay clean. */
function terminalProgress(lang: Lang): Progress | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total, file) => {
    process.stderr.write(`\r\x1b[K${t(lang, "aggregateProgress", { done, total, file })}`);
    if (done === total) process.stderr.write("\r\x1b[K");
  };
}

/**
 * `giamngheo aggregate FILE_OR_DIR… -o OUT [--targets T.xlsx] [--json] [--jobs N]`: read every commune's workbook
 * on its own (worker threads), consolidate, and write "Tổng hợp tỉnh" + "Tình trạng tệp" atomically.
 * Exit 0: every file aggregated without errors; 1: errors, a target mismatch, an unreadable file or a duplicate;
 * 2: nothing readable or bad arguments (nothing written).
 */
export const aggregateCommand: CliCommand = {
  name: "aggregate",
  synopsis: (lang) => t(lang, "synopsisAggregate"),
  summary: (lang) => t(lang, "summaryAggregate"),
  optionHelp: (lang) => [
    t(lang, "optAggregateOutput"),
    t(lang, "optTargets"),
    t(lang, "optJson"),
    t(lang, "optJobs"),
  ],
  options: [
    OUTPUT_OPTION,
    { name: "targets", kind: "string" },
    { name: "json", kind: "flag" },
    { name: "jobs", kind: "integer" },
  ],
  async run(ctx) {
    const output = optionalString(ctx.args.options["output"]);
    if (output === undefined)
      throw new CliError("missingOption", { command: ctx.command, option: "-o" });
    const jobs = jobsOf(ctx.args.options["jobs"]);
    const targetsFile = optionalString(ctx.args.options["targets"]);
    const files = listInputs(ctx.args.positionals, output, targetsFile ? [targetsFile] : []);
    let targets: readonly AssignedTarget[] = [];
    if (targetsFile !== undefined) {
      const read = await readTargetsFile(targetsFile, output, ctx.lang);
      for (const row of read.unreadable) ctx.note(ctx.t("targetsRowUnreadable", row));
      targets = read.targets;
    }
    const readings = await readCommunes(
      files,
      jobs,
      ctx.args.options["json"] === true ? undefined : terminalProgress(ctx.lang)
    );
    const result = consolidate(readings, targets);
    if (result.communes.length === 0) {
      const first = consolidationToJson(result, ctx.lang).communes[0];
      throw new CliError("nothingReadable", { files: files.length, reason: first?.reason ?? "" });
    }
    const host = XlsxHost.create([]);
    const built = buildConsolidationPlan(result, { lang: ctx.lang, existingSheets: [] });
    await host.apply(built.plan);
    writeFileAtomic(output, await host.toBuffer(), ctx.lang);
    if (ctx.args.options["json"] === true) {
      ctx.out(JSON.stringify(consolidationToJson(result, ctx.lang), null, 2));
    } else {
      printConsolidation(ctx, result);
      ctx.out(
        ctx.t("aggregateWritten", {
          file: output,
          province: built.provinceSheet,
          files: built.fileSheet,
        })
      );
    }
    for (const u of result.unmatchedTargets)
      ctx.note(tProvince(ctx.lang, "targetUnmatched", { name: u.name, row: u.row }));
    return result.lines.some((l) => l.status !== "ok") ? 1 : 0;
  },
};
