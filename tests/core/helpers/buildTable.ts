/** Test-only: a 2-D literal → detected + parsed TableData (first table). */
import type { RawValue } from "../../../src/core";
import type { TableData } from "../../../src/core";
import { detectTables } from "../../../src/core";
import { readTable } from "../../../src/core";
import { buildGrid } from "./buildGrid";
import type { GridOptions } from "./buildGrid";

export function buildTable(
  rows: readonly (readonly RawValue[])[],
  options: GridOptions = {}
): TableData {
  const grid = buildGrid(rows, options);
  const r = detectTables(grid);
  if (!r.ok) throw new Error(`no table: ${r.reason}`);
  return readTable(grid, r.tables[0]!);
}

/** The standard header of the shared fixture's shape, in one row: A TT … I projected rate. */
export const HEADER = [
  "TT",
  "Thôn",
  "Dân số",
  "Tổng số hộ",
  "Số hộ nghèo",
  "Tỷ lệ (%)",
  "Số hộ giảm nghèo",
  "Tỷ lệ giảm (%)",
  "Dự kiến tỷ lệ hộ nghèo cuối năm (%)",
];
