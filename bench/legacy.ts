/**
 * The cost of reading legacy text: `decodeLegacyGrid` runs before detection at every entry point, so the check of a
 * 2,000-unit appendix pays it on every sheet — on Unicode text (nearly free) and on TCVN3 text (every cell decoded).
 */
import { decodeLegacyGrid, encodeTcvn3 } from "../src/core";
import type { Grid } from "../src/core";
import { buildAppendix, toGrid } from "../tests/corpus/appendix";
import { checkGrid } from "./engine";
import { timeMedian, type Row } from "./report";

function toTcvn3(grid: Grid): Grid {
  const values = grid.values.map((row) =>
    row.map((v) => (typeof v === "string" ? (encodeTcvn3(v) ?? v) : v))
  );
  return { ...grid, values };
}

export function benchLegacy(): Row[] {
  const unicode = toGrid(buildAppendix({ units: 2000, seed: 42 }).sheets[0]!);
  const tcvn3 = toTcvn3(unicode);
  const rows: Row[] = [];
  for (const [label, grid] of [
    ["Unicode", unicode],
    ["TCVN3", tcvn3],
  ] as const) {
    const decoded = decodeLegacyGrid(grid);
    const ms = timeMedian(() => decodeLegacyGrid(grid), 15, 3);
    rows.push({
      group: "engine",
      name: `decode legacy text, 2000 units (${label})`,
      value: ms,
      unit: "ms",
      note: `median of 15; ${decoded.cells.length} cell(s) decoded`,
    });
    const total = timeMedian(() => checkGrid(decodeLegacyGrid(grid).grid), 15, 3);
    rows.push({
      group: "engine",
      name: `check 2000 units read decoded (${label})`,
      value: total,
      unit: "ms",
      target: { op: "<", value: 50 },
      note: "decodeLegacyGrid + detect + read + validate, median of 15",
    });
  }
  return rows;
}
