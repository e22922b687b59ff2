import { decodeLegacyGrid, detectTables, isTransitionsTable, readTable } from "../core";
import { detectMessages } from "../core";
import { translator } from "../core";
import { rangeToA1 } from "../core";
import type { Lang } from "../core";

const tDetect = translator(detectMessages);
import type { Grid } from "../core";
import type { TableData } from "../core";
import type { TableLayout } from "../core";
import type { WorkbookHost } from "../core";
import { CliError } from "./CliError";

/** A detected appendix table with its sheet's grid. */
export type FoundTable = { readonly grid: Grid; readonly data: TableData };

export const tableName = (t: FoundTable): string =>
  `${t.data.layout.sheet}!${rangeToA1(t.data.layout.range)}`;

/**
 * Every appendix table of the workbook (or of `sheet` only), in sheet order.
 * @throws HostError SHEET_NOT_FOUND; CliError noTableOnSheet / noTable when nothing is found
 */
export async function findTables(
  host: WorkbookHost,
  file: string,
  lang: Lang,
  sheet?: string
): Promise<FoundTable[]> {
  const sheets = sheet === undefined ? await host.listSheets() : [sheet];
  const found: FoundTable[] = [];
  for (const name of sheets) {
    // legacy TCVN3 / VNI text is read decoded, so headers match and messages show Unicode (LEGACY_ENCODING)
    const grid = decodeLegacyGrid(await host.readGrid(name)).grid;
    const detected = detectTables(grid);
    if (!detected.ok) {
      if (sheet !== undefined) {
        throw new CliError("noTableOnSheet", {
          sheet: name,
          reason: tDetect(lang, detected.reason, { sheet: name }),
        });
      }
      continue;
    }
    for (const layout of detected.tables) found.push({ grid, data: readTable(grid, layout) });
  }
  if (found.length === 0) throw new CliError("noTable", { file });
  return found;
}

/** Re-read tables after a write: same sheets, layouts detected afresh on the new grids. */
export async function rereadTables(
  host: WorkbookHost,
  tables: readonly FoundTable[]
): Promise<FoundTable[]> {
  const out: FoundTable[] = [];
  for (const t of tables) {
    const grid = decodeLegacyGrid(await host.readGrid(t.data.layout.sheet)).grid;
    const detected = detectTables(grid);
    const layout = detected.ok
      ? (detected.tables.find((l: TableLayout) => l.range.top === t.data.layout.range.top) ??
        t.data.layout)
      : t.data.layout;
    out.push({ grid, data: readTable(grid, layout) });
  }
  return out;
}

/**
 * The one appendix table of the workbook: transitions tables are left out (they feed the narrative).
 * @throws CliError severalTables when more than one appendix is found, noAppendix when there is none
 */
export function pickAppendix(tables: readonly FoundTable[]): FoundTable {
  const appendices = tables.filter((t) => !isTransitionsTable(t.data.layout));
  if (appendices.length > 1) {
    throw new CliError("severalTables", {
      count: appendices.length,
      tables: appendices.map(tableName).join(", "),
    });
  }
  const table = appendices[0];
  if (!table) throw new CliError("noAppendix", { tables: tables.map(tableName).join(", ") });
  return table;
}

/** The transitions tables among the found ones. */
export const transitionsTables = (tables: readonly FoundTable[]): FoundTable[] =>
  tables.filter((t) => isTransitionsTable(t.data.layout));
