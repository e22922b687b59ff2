/**
 * The grouped layouts of merged communes and wards (tests/corpus/groupedLayouts.ts) through both hosts — the xlsx
 * host and ExcelHost over the strict Excel fake — read from the same bytes: the same units, totals, groups and
 * breakdowns, no issue on a clean file; and an allocation applied through each host keeps every sub-total right.
 */
import {
  allocateTarget,
  buildAllocationPlan,
  detectTables,
  readTable,
  toColumnLetters,
  validateTable,
} from "../../src/core";
import type { Grid } from "../../src/core";
import { GROUPED_LAYOUTS } from "../corpus/groupedLayouts";
import { buildLayout } from "../corpus/layouts";
import type { ExpectedTable } from "../corpus/layouts";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { excelLeg, xlsxLeg } from "./workbooks";
import type { Leg } from "./workbooks";

const LEGS: readonly Leg[] = [excelLeg, xlsxLeg];

function readLayouts(grid: Grid): { found: ExpectedTable[]; issues: string[] } {
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

describe.each(LEGS)("grouped layouts: $name", (leg) => {
  it.each(GROUPED_LAYOUTS.map((l) => [l.name, l] as const))("%s", async (_, layout) => {
    const built = buildLayout(layout);
    const { host } = await leg.open(new Uint8Array(await toXlsxBuffer(built.spec)));
    const found: ExpectedTable[] = [];
    const issues: string[] = [];
    for (const sheet of await host.listSheets()) {
      const r = readLayouts(await host.readGrid(sheet));
      found.push(...r.found);
      issues.push(...r.issues);
    }
    expect(found).toEqual(built.tables);
    expect(issues).toEqual([]);
  });

  it("an allocation applied on a merged commune re-checks clean: sub-totals and totals follow the villages", async () => {
    const layout = GROUPED_LAYOUTS[0];
    if (!layout) throw new Error("no layout");
    const { host } = await leg.open(new Uint8Array(await toXlsxBuffer(buildLayout(layout).spec)));
    const sheet = (await host.listSheets())[0] as string;
    const grid = await host.readGrid(sheet);
    const r = detectTables(grid);
    if (!r.ok) throw new Error(r.reason);
    const data = readTable(grid, r.tables[0]!);
    const cuts = allocateTarget(data, 12, "highest-rate");
    if (!cuts.ok) throw new Error(cuts.reason);
    await host.apply(buildAllocationPlan(data, cuts.cuts, { formulas: false }));
    const after = await host.readGrid(sheet);
    const issues = validateTable(readTable(after, r.tables[0]!), { target: 12 });
    expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual([]);
  });
});
