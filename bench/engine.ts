/** Engine check time (detect + read + validate) on generated appendices, median of several runs, per row. */
import { detectTables, readTable, validateTable } from "../src/core";
import type { Grid } from "../src/core";
import { buildAppendix, toGrid } from "../tests/corpus/appendix";
import { timeMedian, type Row } from "./report";

export function checkGrid(grid: Grid): number {
  const detected = detectTables(grid);
  if (!detected.ok) throw new Error(`bench: no table detected (${detected.reason})`);
  let issues = 0;
  for (const layout of detected.tables) issues += validateTable(readTable(grid, layout)).length;
  return issues;
}

export function benchEngine(): Row[] {
  const rows: Row[] = [];
  for (const [units, runs] of [
    [10, 41],
    [2000, 15],
  ] as const) {
    const grid = toGrid(buildAppendix({ units, seed: 42 }).sheets[0]!);
    const issues = checkGrid(grid);
    const ms = timeMedian(() => checkGrid(grid), runs, 3);
    const perRow = (ms * 1000) / units;
    rows.push({
      group: "engine",
      name: `check ${units} units (detect+read+validate)`,
      value: ms,
      unit: "ms",
      ...(units === 2000 ? { target: { op: "<" as const, value: 50 } } : {}),
      note: `median of ${runs}; ${issues} issue(s) on a clean table`,
    });
    rows.push({
      group: "engine",
      name: `  per row, ${units} units`,
      value: perRow,
      unit: "µs/row",
    });
  }
  return rows;
}
