/** A workbook read the way the layout corpus states its expectations: the tables found and the issues they raise. */
import { detectTables, readTable, toColumnLetters, validateTable } from "../../src/core";
import type { Grid, WorkbookHost } from "../../src/core";
import type { ExpectedTable } from "./layouts";

export type LayoutReading = { readonly found: ExpectedTable[]; readonly issues: string[] };

/** One sheet's tables as `ExpectedTable`s (columns as letters) and their issues as "CODE@CELL". */
export function readLayoutGrid(grid: Grid): LayoutReading {
  const r = detectTables(grid);
  if (!r.ok) return { found: [], issues: [] };
  return {
    found: r.tables.map((t) => ({
      sheet: t.sheet,
      columns: Object.fromEntries(
        Object.entries(t.columns).map(([k, c]) => [k, toColumnLetters(c as number)])
      ),
      headerRows: t.headerRows,
      unitRows: t.unitRows,
      totalsRow: t.totalsRow,
      groups: (t.groups ?? []).map((g) => ({
        name: g.name,
        headingRow: g.headingRow,
        subtotalRow: g.subtotalRow,
        unitRows: g.unitRows,
      })),
      breakdowns: t.breakdowns ?? [],
    })),
    issues: r.tables.flatMap((t) =>
      validateTable(readTable(grid, t)).map((i) => `${i.code}@${i.cell}`)
    ),
  };
}

/** Every sheet of the workbook, in tab order, read as `readLayoutGrid` reads one. */
export async function readLayoutWorkbook(host: WorkbookHost): Promise<LayoutReading> {
  const found: ExpectedTable[] = [];
  const issues: string[] = [];
  for (const sheet of await host.listSheets()) {
    const r = readLayoutGrid(await host.readGrid(sheet));
    found.push(...r.found);
    issues.push(...r.issues);
  }
  return { found, issues };
}
