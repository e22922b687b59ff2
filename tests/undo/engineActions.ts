/**
 * The pane's write actions, done the way the pane does them: read the appendix sheet through the host, build the
 * plan with the engine. `pick` chooses among the options an action has (which issue, which target, which method).
 */
import {
  allocateTarget,
  buildAllocationPlan,
  buildDeprivationPlan,
  buildFixPlan,
  buildIssueFix,
  buildSummaryPlan,
  detectTables,
  missingSummaryColumns,
  readTable,
  standardForYear,
  validateTable,
  type TableData,
  type WorkbookHost,
  type WritePlan,
} from "../../src/core";
import { APPENDIX_SHEET } from "../corpus/appendix";

export type EngineAction = {
  readonly name: string;
  readonly plan: (host: WorkbookHost, pick: number) => Promise<WritePlan | null>;
};

export async function readAppendix(host: WorkbookHost): Promise<TableData | null> {
  const grid = await host.readGrid(APPENDIX_SHEET);
  const detected = detectTables(grid);
  if (!detected.ok || detected.tables.length === 0) return null;
  return readTable(grid, detected.tables[0]!);
}

const totalPoor = (data: TableData): number =>
  data.units.reduce((n, u) => {
    const c = u.cells.poor;
    return n + (c && c.kind === "number" ? c.value : 0);
  }, 0);

export const engineActions: readonly EngineAction[] = [
  {
    name: "fix all (values)",
    plan: async (host) => {
      const data = await readAppendix(host);
      return data && buildFixPlan(data, { formulas: false });
    },
  },
  {
    name: "fix all (formulas)",
    plan: async (host) => {
      const data = await readAppendix(host);
      return data && buildFixPlan(data, { formulas: true });
    },
  },
  {
    name: "fix one issue",
    plan: async (host, pick) => {
      const data = await readAppendix(host);
      if (!data) return null;
      const fixable = validateTable(data)
        .map((issue) => buildIssueFix(data, issue, { formulas: pick % 2 === 0 }))
        .filter((p): p is WritePlan => p !== null);
      return fixable.length === 0 ? null : fixable[pick % fixable.length]!;
    },
  },
  {
    name: "allocate a target",
    plan: async (host, pick) => {
      const data = await readAppendix(host);
      if (!data) return null;
      const poor = totalPoor(data);
      if (poor < 1) return null;
      const target = 1 + (pick % Math.max(1, Math.floor(poor / 2)));
      const method = pick % 3 === 0 ? "highest-rate" : "proportional";
      const r = allocateTarget(data, target, method);
      return r.ok ? buildAllocationPlan(data, r.cuts, { formulas: pick % 2 === 1 }) : null;
    },
  },
  {
    name: "insert summary + deprivation sheets",
    plan: async (host) => {
      const data = await readAppendix(host);
      // A random write may have blanked a header, leaving no households/poor column: the pane offers no summary then.
      if (!data || missingSummaryColumns(data.layout).length > 0) return null;
      const existing = await host.listSheets();
      const summary = buildSummaryPlan(data, { existingSheets: existing, year: 2024 });
      if (!summary.ok) return null;
      const deprivation = buildDeprivationPlan(data, standardForYear(2024), {
        existingSheets: [...existing, summary.value.sheet],
      });
      if (!deprivation.ok) return summary.value.plan;
      return {
        action: "summary",
        sheets: [...summary.value.plan.sheets, ...deprivation.value.plan.sheets],
      };
    },
  },
];
