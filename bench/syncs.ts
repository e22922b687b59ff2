/**
 * `context.sync()` round trips and payload bytes per pane action, on ExcelHost over the strict Excel fake, for a
 * 10-unit and a 5,000-unit appendix. Each action makes the host calls the pane makes (src/taskpane/hooks):
 *
 * | action | host calls (useWorkbook / useSummary) |
 * |---|---|
 * | check | readGrid (runCheck → reread) |
 * | fix all | apply(buildFixPlan) + readGrid (confirmWrite → reread) |
 * | allocate | apply(buildAllocationPlan) + readGrid (confirmWrite → reread) |
 * | insert summary | apply(buildSummaryPlan) + readGrid (useSummary.insertSummary → refresh; the sheet list is read when the tab opens) |
 * | undo | undo + readGrid (undo → reread) |
 *
 * Highlighting is off (the pane's default), so no clearHighlight calls are added.
 *
 * The live re-check row: after the first check the pane watches the table's sheet (watchLive, the code the pane's
 * useLiveCheck runs); the officer types one cell; the debounced re-check reads the sheet (readGrid) and runs
 * readTable + validateTable. Counted: syncs from the edit to the new issue list, and the engine time of it.
 */
import {
  allocateTarget,
  buildAllocationPlan,
  buildFixPlan,
  buildSummaryPlan,
  detectTables,
  readTable,
  validateTable,
  type TableData,
  type WorkbookHost,
} from "../src/core";
import { ExcelHost } from "../src/excel/ExcelHost";
import { watchLive } from "../src/taskpane/hooks/liveWatch";
import { FakeExcel } from "../tests/excelFake/FakeExcel";
import {
  APPENDIX_SHEET,
  buildAppendix,
  FIRST_DATA_ROW,
  withCells,
  type WorkbookSpec,
} from "../tests/corpus/appendix";
import { toFakeSpecs } from "../tests/corpus/toFakeSpecs";
import type { Row } from "./report";

type Measure = { syncs: number; bytes: number };
type Action = { readonly name: string; readonly run: (host: WorkbookHost) => Promise<void> };

/** An appendix whose rates are all stale (every poorRate + 1), so "fix all" rewrites a whole column. */
function workbook(units: number): WorkbookSpec {
  const base = buildAppendix({ units, seed: 5 });
  const v = base.sheets[0]!.values;
  const stale = Array.from({ length: units }, (_, i) => ({
    row: FIRST_DATA_ROW + i,
    col: 6,
    value: (v[FIRST_DATA_ROW + i - 1]![5] as number) + 1,
    numberFormat: "0.00",
  }));
  return withCells(base, stale);
}

async function table(host: WorkbookHost): Promise<TableData> {
  const grid = await host.readGrid(APPENDIX_SHEET);
  const d = detectTables(grid);
  if (!d.ok) throw new Error(`bench: no table (${d.reason})`);
  return readTable(grid, d.tables[0]!);
}

const ACTIONS: readonly Action[] = [
  { name: "check", run: async (host) => void (await host.readGrid(APPENDIX_SHEET)) },
  {
    name: "fix all",
    run: async (host) => {
      const data = await prepared(host);
      await host.apply(buildFixPlan(data, { formulas: false }));
      await host.readGrid(APPENDIX_SHEET);
    },
  },
  {
    name: "allocate",
    run: async (host) => {
      const data = await prepared(host);
      const r = allocateTarget(
        data,
        Math.max(1, Math.floor(data.units.length / 2)),
        "proportional"
      );
      if (!r.ok) throw new Error(`bench: allocation failed (${r.reason})`);
      await host.apply(buildAllocationPlan(data, r.cuts, { formulas: false }));
      await host.readGrid(APPENDIX_SHEET);
    },
  },
  {
    name: "insert summary",
    run: async (host) => {
      const data = await prepared(host);
      const r = buildSummaryPlan(data, { existingSheets: sheetLists.get(host) ?? [], year: 2024 });
      if (!r.ok) throw new Error("bench: summary refused");
      await host.apply(r.value.plan);
      await host.readGrid(APPENDIX_SHEET);
    },
  },
  {
    name: "undo (of fix all)",
    run: async (host) => {
      await host.undo();
      await host.readGrid(APPENDIX_SHEET);
    },
  },
];

/** The pane already holds the parsed table when the officer clicks; that read is not part of the action. */
const tables = new WeakMap<WorkbookHost, TableData>();
/** Likewise the Tổng hợp tab lists the sheets when it opens, before the officer clicks "insert". */
const sheetLists = new WeakMap<WorkbookHost, readonly string[]>();
async function prepared(host: WorkbookHost): Promise<TableData> {
  const t = tables.get(host);
  if (!t) throw new Error("bench: table not read before the action");
  return t;
}

async function measure(units: number, action: Action): Promise<Measure> {
  const fake = FakeExcel.fromSpecs(toFakeSpecs(workbook(units)));
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
  });
  tables.set(host, await table(host));
  sheetLists.set(host, await host.listSheets());
  if (action.name.startsWith("undo"))
    await host.apply(buildFixPlan(tables.get(host)!, { formulas: false }));
  fake.resetSyncs();
  await action.run(host);
  return { syncs: fake.syncCount, bytes: fake.syncs.reduce((n, s) => n + s.bytes, 0) };
}

/** One edit on a `units`-unit appendix, after the first check: syncs and engine time of the live re-check. */
async function measureLive(
  units: number
): Promise<{ syncs: number; engineMs: number; issues: number }> {
  const fake = FakeExcel.fromSpecs(toFakeSpecs(buildAppendix({ units, seed: 5 })));
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
  });
  const grid = await host.readGrid(APPENDIX_SHEET);
  const d = detectTables(grid);
  if (!d.ok) throw new Error(`bench: no table (${d.reason})`);
  const layout = d.tables[0]!;
  validateTable(readTable(grid, layout)); // the first check
  let engineMs = 0;
  let issues = -1;
  let stop: () => void = () => undefined;
  const rechecked = new Promise<void>((resolve) => {
    stop = watchLive(host, APPENDIX_SHEET, {
      recheck: async () => {
        const g = await host.readGrid(APPENDIX_SHEET);
        const t0 = performance.now();
        issues = validateTable(readTable(g, layout)).length;
        engineMs = performance.now() - t0;
        resolve();
        return true;
      },
    });
  });
  // Let the handler registration sync finish before the officer types.
  await new Promise((r) => setTimeout(r, 50));
  fake.resetSyncs();
  fake.typeCell(APPENDIX_SHEET, `F${FIRST_DATA_ROW + 3}`, 99);
  await rechecked;
  stop();
  return { syncs: fake.syncCount, engineMs, issues };
}

export async function benchSyncs(): Promise<Row[]> {
  const rows: Row[] = [];
  const live = await measureLive(100);
  if (live.issues !== 1) throw new Error(`bench: live re-check found ${live.issues} issues, not 1`);
  rows.push({
    group: "excel",
    name: "live re-check (one edit, 100 units): syncs",
    value: live.syncs,
    unit: "syncs",
    target: { op: "==", value: 1 },
    note: "worksheet.onChanged → debounced readGrid; one read per burst of edits",
  });
  rows.push({
    group: "excel",
    name: "live re-check (one edit, 100 units): engine time",
    value: live.engineMs,
    unit: "ms",
    note: "readTable + validateTable after the read",
  });
  for (const action of ACTIONS) {
    const small = await measure(10, action);
    const big = await measure(5000, action);
    rows.push({
      group: "excel",
      name: `${action.name}: syncs, 10 units`,
      value: small.syncs,
      unit: "syncs",
      target: { op: "<=", value: 3 },
    });
    rows.push({
      group: "excel",
      name: `${action.name}: syncs, 5,000 units`,
      value: big.syncs,
      unit: "syncs",
      target: { op: "==", value: small.syncs },
      note: "target: the same count as at 10 units",
    });
    rows.push({
      group: "excel",
      name: `${action.name}: request payload, 10 units`,
      value: small.bytes / 1024,
      unit: "KB",
    });
    rows.push({
      group: "excel",
      name: `${action.name}: request payload, 5,000 units`,
      value: big.bytes / 1024,
      unit: "KB",
      note: "all syncs of the action; Excel refuses one request over 5 MB",
    });
  }
  return rows;
}
