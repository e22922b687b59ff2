import {
  buildDeprivationPlan,
  buildNarrative,
  buildSummaryPlan,
  findPlaceKind,
  findPlanYear,
  findPlaceName,
  missingSummaryColumns,
  sumHouseholds,
  roleMessages,
  standardForYear,
  STANDARDS,
} from "../../core";
import { cliMessages } from "../messages";
import { renderTemplate, translator } from "../../core";
import { standardName, tSummary } from "../../core";
import type { WritePlan } from "../../core";
import type { CliCommand } from "../command";
import { CliError } from "../CliError";
import { openWorkbookFile } from "../files";
import { findTables, pickAppendix, tableName } from "../findTables";
import { PREVIOUS_OPTIONS, readPrevious } from "../previousYear";
import { printIssues } from "../report";
import { applyAndWrite } from "../writeResult";
import { inputFile, optionalString, OUTPUT_OPTION, outputFile, SHEET_OPTION } from "./shared";

const t = translator(cliMessages);
const FIRST_YEAR = STANDARDS[0]?.years.value[0] ?? 2022;
const LAST_YEAR = STANDARDS[STANDARDS.length - 1]?.years.value[1] ?? 2030;

/** `giamngheo summary FILE -o OUT [--year N] [--sheet NAME]`: add both sheets in one atomic write, print the narrative. */
export const summaryCommand: CliCommand = {
  name: "summary",
  synopsis: (lang) => tSummary(lang, "cliSynopsis"),
  summary: (lang) => tSummary(lang, "cliSummary"),
  optionHelp: (lang) => [
    t(lang, "optOutput"),
    tSummary(lang, "cliOptYear"),
    t(lang, "optPrevious"),
    t(lang, "optPreviousPoor"),
    t(lang, "optPreviousNearPoor"),
    t(lang, "optNearPoor"),
    t(lang, "optSheet"),
  ],
  options: [
    OUTPUT_OPTION,
    { name: "year", kind: "integer" },
    ...PREVIOUS_OPTIONS,
    { name: "near-poor", kind: "integer" },
    SHEET_OPTION,
  ],
  async run(ctx) {
    const file = inputFile(ctx);
    const output = outputFile(ctx, file);
    const yearOption = ctx.args.options["year"];
    if (typeof yearOption === "number" && (yearOption < FIRST_YEAR || yearOption > LAST_YEAR)) {
      throw new CliError("badChoice", {
        option: "--year",
        value: yearOption,
        choices: `${FIRST_YEAR}–${LAST_YEAR}`,
      });
    }
    const { host } = await openWorkbookFile(file, ctx.lang);
    const tables = await findTables(
      host,
      file,
      ctx.lang,
      optionalString(ctx.args.options["sheet"])
    );
    const table = pickAppendix(tables);
    const missing = missingSummaryColumns(table.data.layout);
    if (missing.length > 0) {
      const columns = missing
        .map((role) => renderTemplate(roleMessages[ctx.lang][role]))
        .join(", ");
      throw new CliError("summaryColumnsMissing", { table: tableName(table), columns });
    }
    const headerYear = findPlanYear(table.grid, table.data.layout);
    const year = typeof yearOption === "number" ? yearOption : headerYear;
    let standardYear = year ?? new Date().getFullYear();
    if (year === null) {
      standardYear = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, standardYear));
      ctx.note(tSummary(ctx.lang, "cliYearAssumed", { year: standardYear }));
    }
    const standard = standardForYear(Math.min(LAST_YEAR, Math.max(FIRST_YEAR, standardYear)));
    const place = findPlaceKind(table.grid, table.data.layout);
    const existing = await host.listSheets();
    const yearOpt = year === null ? {} : { year };
    const placeName = findPlaceName(table.grid, table.data.layout);
    const nameOpt = placeName === null ? {} : { placeName };
    const households = sumHouseholds(table.data) ?? 0;
    const previousYear = await readPrevious(ctx, year, households);
    const previousOpt = previousYear ? { previousYear } : {};
    const summary = buildSummaryPlan(table.data, {
      existingSheets: existing,
      lang: ctx.lang,
      place,
      ...yearOpt,
      ...nameOpt,
      ...previousOpt,
    });
    if (!summary.ok) {
      printIssues(summary.issues, ctx);
      ctx.note(tSummary(ctx.lang, "cliNotWritten"));
      return 1;
    }
    const deprivation = buildDeprivationPlan(table.data, standard, {
      existingSheets: [...existing, summary.value.sheet],
      lang: ctx.lang,
      place,
      ...yearOpt,
      ...nameOpt,
    });
    if (!deprivation.ok) {
      printIssues(deprivation.issues, ctx);
      ctx.note(tSummary(ctx.lang, "cliNotWritten"));
      return 1;
    }
    const plan: WritePlan = {
      action: "summary",
      sheets: [...summary.value.plan.sheets, ...deprivation.value.plan.sheets],
    };
    const code = await applyAndWrite(ctx, { host, plan, output, tables });
    ctx.out(
      tSummary(ctx.lang, "cliSheetsAdded", {
        summary: summary.value.sheet,
        deprivation: deprivation.value.sheet,
        standard: standardName(ctx.lang, standard.id),
      })
    );
    if (summary.value.copiedAsValues.length > 0) {
      ctx.note(
        tSummary(ctx.lang, "cliCopiedAsValues", { cells: summary.value.copiedAsValues.join(", ") })
      );
    }
    ctx.note(tSummary(ctx.lang, "cliChartNote"));
    ctx.out("");
    ctx.out(tSummary(ctx.lang, "cliNarrativeHeader"));
    const nearPoor = ctx.args.options["near-poor"];
    const narrative = buildNarrative(summary.value.figures, {
      year,
      lang: ctx.lang,
      place,
      ...previousOpt,
      ...(typeof nearPoor === "number" ? { nearPoor } : {}),
    });
    for (const line of narrative) ctx.out(line);
    return code;
  },
};
