/**
 * Pane start-up on ExcelHost over the strict fake (`readWorkbook`, what useWorkbook calls first): syncs and the
 * largest response for a workbook with the appendix alone, and with the appendix, nine other sheets and a
 * 20,000-household roster. Excel on the web refuses a response over 5 MB, and a read over 5,000,000 cells comes
 * back as `values: null`; start-up must cost the same few syncs whatever the number of sheets.
 */
import { detectTables, readWorkbook, type Grid } from "../src/core";
import { ExcelHost } from "../src/excel/ExcelHost";
import { buildAppendix } from "../tests/corpus/appendix";
import { toFakeSpecs } from "../tests/corpus/toFakeSpecs";
import { FakeExcel, type FakeCellSpec, type FakeSheetSpec } from "../tests/excelFake/FakeExcel";
import type { Row } from "./report";
import { buildRosterGrid } from "./roster";

function rosterSpec(grid: Grid): FakeSheetSpec {
  return {
    name: grid.sheet,
    rows: grid.values.map((r) =>
      r.map((v): FakeCellSpec => (v === null || typeof v === "object" ? null : v))
    ),
    merges: [],
  };
}

function notes(i: number): FakeSheetSpec {
  return {
    name: `Ghi chú ${i}`,
    rows: Array.from({ length: 40 }, (_, r) => [
      `Mục ${r + 1}`,
      `Nội dung ghi chú số ${r + 1} của trang ${i}`,
      r * i,
    ]),
  };
}

type Measure = {
  syncs: number;
  largest: number;
  refused: number;
  found: boolean;
  partial: number;
  /** Reading the roster whole afterwards (the officer opens it): bytes in all and syncs. */
  rosterBytes: number;
  rosterSyncs: number;
};

async function measure(specs: readonly FakeSheetSpec[]): Promise<Measure> {
  const fake = FakeExcel.fromSpecs(specs);
  const host = new ExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: fake.settings,
  });
  const wb = await readWorkbook(host);
  const appendix = wb.grids.get("Phụ lục");
  const found = appendix !== undefined && detectTables(appendix).ok;
  const sent = fake.syncs.filter((s) => s.failed === null);
  const measured = {
    syncs: fake.syncCount,
    largest: Math.max(0, ...sent.map((s) => s.responseBytes)),
    refused: fake.syncs.length - sent.length,
    found,
    partial: wb.partial.length,
  };
  const roster = wb.partial[0];
  if (roster === undefined) return { ...measured, rosterBytes: 0, rosterSyncs: 0 };
  fake.resetSyncs();
  await host.readGrid(roster);
  return {
    ...measured,
    rosterBytes: fake.syncs.reduce((n, s) => n + s.responseBytes, 0),
    rosterSyncs: fake.syncCount,
  };
}

export async function benchStartup(): Promise<Row[]> {
  const appendix = toFakeSpecs(buildAppendix({ units: 30, seed: 11 }));
  const one = await measure(appendix);
  const roster = rosterSpec(buildRosterGrid(20_000));
  const many = await measure([
    ...appendix,
    ...Array.from({ length: 9 }, (_, i) => notes(i + 1)),
    roster,
  ]);
  if (!one.found || !many.found) throw new Error("bench: start-up did not find the appendix");
  return [
    {
      group: "startup",
      name: "startup: syncs, 1 sheet",
      value: one.syncs,
      unit: "syncs",
      target: { op: "<=", value: 3 },
    },
    {
      group: "startup",
      name: "startup: syncs, 10 sheets + roster",
      value: many.syncs,
      unit: "syncs",
      target: { op: "==", value: one.syncs },
      note: `the same as 1 sheet (at most 3); ${many.refused} refused requests; ${many.partial} sheet read in part (the roster)`,
    },
    {
      group: "startup",
      name: "startup: largest response, 10 sheets + roster",
      value: many.largest / (1024 * 1024),
      unit: "MB",
      target: { op: "<", value: 5 },
      note: "Excel on the web refuses a response over 5 MB",
    },
    {
      group: "startup",
      name: "startup: then reading the roster whole",
      value: many.rosterBytes / (1024 * 1024),
      unit: "MB",
      note: `in ${many.rosterSyncs} syncs, each response under 5 MB (only when the officer works on the roster)`,
    },
  ];
}
