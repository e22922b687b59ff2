import { buildUnicodePlan, UNICODE_FONT } from "../../core";
import { cliMessages } from "../messages";
import { translator } from "../../core";
import type { Grid } from "../../core";
import type { CliCommand } from "../command";
import { CliError } from "../CliError";
import { openWorkbookFile } from "../files";
import { findTables } from "../findTables";
import type { FoundTable } from "../findTables";
import { applyAndWrite } from "../writeResult";
import { inputFile, OUTPUT_OPTION, outputFile } from "./shared";

const t = translator(cliMessages);

/**
 * `giamngheo unicode FILE -o OUT`: every sheet's TCVN3 / VNI text to Unicode, its fonts to Times New Roman, in one
 * atomic write. Any workbook can be converted; the appendix tables it holds are checked again afterwards (exit 1
 * when errors remain in their data, as for every writer).
 */
export const unicodeCommand: CliCommand = {
  name: "unicode",
  synopsis: (lang) => t(lang, "synopsisUnicode"),
  summary: (lang) => t(lang, "summaryUnicode"),
  optionHelp: (lang) => [t(lang, "optOutput")],
  options: [OUTPUT_OPTION],
  async run(ctx) {
    const file = inputFile(ctx);
    const output = outputFile(ctx, file);
    const { host } = await openWorkbookFile(file, ctx.lang);
    const grids: Grid[] = [];
    for (const sheet of await host.listSheets()) grids.push(await host.readGrid(sheet));
    const conversion = buildUnicodePlan(grids);
    const tables = await tablesIfAny(host, file, ctx.lang);
    if (conversion.sheets.length === 0) ctx.out(ctx.t("unicodeNothing", { file }));
    for (const s of conversion.sheets)
      ctx.out(
        ctx.t("unicodeSheetLine", {
          sheet: s.sheet,
          cells: s.cells,
          fonts: s.fonts,
          font: UNICODE_FONT,
        })
      );
    return applyAndWrite(ctx, { host, plan: conversion.plan, output, tables });
  },
};

/** The workbook's appendix tables, or none: a workbook without one can still be converted. */
async function tablesIfAny(
  host: Parameters<typeof findTables>[0],
  file: string,
  lang: Parameters<typeof findTables>[2]
): Promise<FoundTable[]> {
  try {
    return await findTables(host, file, lang);
  } catch (e) {
    if (e instanceof CliError && e.key === "noTable") return [];
    throw e;
  }
}
