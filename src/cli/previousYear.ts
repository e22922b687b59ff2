import {
  findPlanYear,
  missingSummaryColumns,
  readPreviousYear,
  renderTemplate,
  roleMessages,
  type Lang,
  type PreviousYear,
} from "../core";
import { CliError } from "./CliError";
import type { CliContext } from "./command";
import { openWorkbookFile } from "./files";
import {
  findTables,
  pickAppendix,
  tableName,
  transitionsTables,
  type FoundTable,
} from "./findTables";
import { optionalString } from "./commands/shared";

/** `--previous PREV.xlsx`, `--previous-poor N`, `--previous-near-poor N`. */
export const PREVIOUS_OPTIONS = [
  { name: "previous", kind: "string" },
  { name: "previous-poor", kind: "integer" },
  { name: "previous-near-poor", kind: "integer" },
] as const;

const numberOption = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/** @throws CliError summaryColumnsMissing when the households or poor column is not mapped */
export function assertSummarisable(table: FoundTable, lang: Lang): void {
  const missing = missingSummaryColumns(table.data.layout);
  if (missing.length === 0) return;
  const columns = missing.map((role) => renderTemplate(roleMessages[lang][role])).join(", ");
  throw new CliError("summaryColumnsMissing", { table: tableName(table), columns });
}

/**
 * Last year's table: its appendix; a workbook holding only a transitions table ("diễn biến hộ nghèo") gives that
 * table, read as of the end of the year (readFigures).
 */
function pickPreviousTable(tables: readonly FoundTable[]): FoundTable {
  const transitions = transitionsTables(tables);
  const only = transitions.length === tables.length ? transitions[0] : undefined;
  return only ?? pickAppendix(tables);
}

/** Last year's figures: from `--previous` (its appendix), then the typed `--previous-*` numbers over them. */
export async function readPrevious(
  ctx: CliContext,
  year: number | null,
  households: number
): Promise<PreviousYear | undefined> {
  const o = ctx.args.options;
  const typedPoor = numberOption(o["previous-poor"]);
  const typedNear = numberOption(o["previous-near-poor"]);
  let fromFile: PreviousYear | undefined;
  const prevFile = optionalString(o["previous"]);
  if (prevFile !== undefined) {
    const { host } = await openWorkbookFile(prevFile, ctx.lang);
    const prevTable = pickPreviousTable(await findTables(host, prevFile, ctx.lang));
    assertSummarisable(prevTable, ctx.lang);
    const prevYear =
      findPlanYear(prevTable.grid, prevTable.data.layout) ?? (year === null ? null : year - 1);
    if (prevYear === null) throw new CliError("narrativeNeedsYear");
    const r = readPreviousYear(prevTable.data, prevYear);
    if (!r.ok)
      throw new CliError("previousUnreadable", {
        file: prevFile,
        cells: r.issues.map((i) => i.cell).join(", "),
      });
    fromFile = r.value;
  }
  if (typedPoor === undefined && typedNear === undefined) return fromFile;
  const poor = typedPoor ?? fromFile?.poor;
  if (poor === undefined) throw new CliError("previousPoorMissing");
  const prevYear = fromFile?.year ?? (year === null ? null : year - 1);
  if (prevYear === null) throw new CliError("narrativeNeedsYear");
  const nearPoor = typedNear ?? fromFile?.nearPoor;
  return {
    year: prevYear,
    poor,
    households: fromFile?.households ?? households,
    ...(nearPoor !== undefined ? { nearPoor } : {}),
  };
}
