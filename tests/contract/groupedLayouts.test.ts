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
  validateTable,
} from "../../src/core";
import { GROUPED_LAYOUTS } from "../corpus/groupedLayouts";
import { buildLayout } from "../corpus/layouts";
import { readLayoutWorkbook } from "../corpus/readLayout";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { excelLeg, xlsxLeg } from "./workbooks";
import type { Leg } from "./workbooks";

const LEGS: readonly Leg[] = [excelLeg, xlsxLeg];

describe.each(LEGS)("grouped layouts: $name", (leg) => {
  it.each(GROUPED_LAYOUTS.map((l) => [l.name, l] as const))("%s", async (_, layout) => {
    const built = buildLayout(layout);
    const { host } = await leg.open(new Uint8Array(await toXlsxBuffer(built.spec)));
    const { found, issues } = await readLayoutWorkbook(host);
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
