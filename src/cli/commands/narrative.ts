import {
  buildNarrative,
  findPlaceKind,
  findPlanYear,
  isTransitionsTable,
  pairNearPoorTable,
  readFigures,
  withNearPoorTable,
  readTransitionFigures,
  translator,
  type TransitionFigures,
} from "../../core";
import { cliMessages } from "../messages";
import type { CliCommand } from "../command";
import { CliError } from "../CliError";
import { openWorkbookFile } from "../files";
import {
  findTables,
  pickAppendix,
  tableName,
  transitionsTables,
  type FoundTable,
} from "../findTables";
import { printIssues } from "../report";
import { readTargetArgs, resolveTargets } from "../targets";
import { inputFile, optionalString, SHEET_OPTION } from "./shared";
import { assertSummarisable, PREVIOUS_OPTIONS, readPrevious } from "../previousYear";

const t = translator(cliMessages);

/**
 * `giamngheo narrative FILE [--previous PREV.xlsx] [--previous-poor N] [--previous-near-poor N] [--near-poor N]
 * [--year YYYY] [--json]`: the plan's sentences on stdout, the same the pane offers to copy.
 */
export const narrativeCommand: CliCommand = {
  name: "narrative",
  synopsis: (lang) => t(lang, "synopsisNarrative"),
  summary: (lang) => t(lang, "summaryNarrative"),
  optionHelp: (lang) => [
    t(lang, "optPrevious"),
    t(lang, "optPreviousPoor"),
    t(lang, "optPreviousNearPoor"),
    t(lang, "optNearPoor"),
    t(lang, "optYear"),
    t(lang, "optTarget"),
    t(lang, "optNearPoorTarget"),
    t(lang, "optJson"),
    t(lang, "optSheet"),
  ],
  options: [
    ...PREVIOUS_OPTIONS,
    { name: "near-poor", kind: "integer" },
    { name: "year", kind: "integer" },
    { name: "target", kind: "string" },
    { name: "near-poor-target", kind: "string" },
    { name: "json", kind: "flag" },
    SHEET_OPTION,
  ],
  async run(ctx) {
    const file = inputFile(ctx);
    const o = ctx.args.options;
    const targetArgs = readTargetArgs(ctx);
    const yearOption = numberOption(o["year"]);
    if (yearOption !== undefined && (yearOption < 1990 || yearOption > 2100))
      throw new CliError("badChoice", {
        option: "--year",
        value: yearOption,
        choices: "1990–2100",
      });
    const { host } = await openWorkbookFile(file, ctx.lang);
    const tables = await findTables(host, file, ctx.lang, optionalString(o["sheet"]));
    const { table, nearPoorTable } = pickNarrativeTables(tables);
    assertSummarisable(table, ctx.lang);
    const read = readFigures(table.data);
    const figures =
      read.ok && nearPoorTable
        ? { ok: true as const, value: withNearPoorTable(read.value, nearPoorTable.data) }
        : read;
    if (!figures.ok) {
      printIssues(figures.issues, ctx);
      ctx.note(ctx.t("narrativeUnreadable"));
      return 1;
    }
    const year = yearOption ?? findPlanYear(table.grid, table.data.layout);
    const previous = await readPrevious(ctx, year, figures.value.commune.households);
    const transitions = readTransitions(tables);
    const nearPoor = numberOption(o["near-poor"]);
    const targets = resolveTargets(targetArgs, table.data);
    const sentences = buildNarrative(figures.value, {
      year,
      lang: ctx.lang,
      place: findPlaceKind(table.grid, table.data.layout),
      ...(previous ? { previousYear: previous } : {}),
      ...(nearPoor !== undefined ? { nearPoor } : {}),
      ...(transitions ? { transitions } : {}),
      targets,
    });
    if (o["json"] === true) {
      ctx.out(
        JSON.stringify(
          {
            file,
            table: tableName(table),
            year,
            previousYear: previous ?? null,
            sentences,
            text: sentences.join("\n"),
          },
          null,
          2
        )
      );
    } else {
      for (const line of sentences) ctx.out(line);
    }
    return 0;
  },
};

const numberOption = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/**
 * The appendix the plan text is about, and a near-poor table kept on its own sheet that feeds the near-poor sentences
 * (a workbook with one poor table and one near-poor-only table); otherwise the one appendix.
 */
function pickNarrativeTables(tables: readonly FoundTable[]): {
  table: FoundTable;
  nearPoorTable?: FoundTable;
} {
  const appendices = tables.filter((t) => !isTransitionsTable(t.data.layout));
  const pair = pairNearPoorTable(appendices.map((t) => t.data));
  if (!pair) return { table: pickAppendix(tables) };
  const byData = (d: unknown): FoundTable => appendices.find((t) => t.data === d) as FoundTable;
  return { table: byData(pair.appendix), nearPoorTable: byData(pair.nearPoor) };
}

function readTransitions(tables: readonly FoundTable[]): TransitionFigures | undefined {
  const first = transitionsTables(tables)[0];
  return first ? readTransitionFigures(first.data) : undefined;
}
