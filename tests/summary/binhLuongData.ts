/** Bình Lương 2024 appendix (shared fixture) as TableData, built by hand for engine-independent tests. */
import type { ColumnRole, ParsedCell, RowCells, TableData } from "../../src/core";

const num = (value: number): ParsedCell => ({
  kind: "number",
  value,
  fromText: false,
  formula: null,
});

export const BINH_LUONG_ROWS: readonly (readonly [
  string,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
])[] = [
  // name, population, households, poor, poorRate, poorCut, poorCutRate, projected
  ["Quang Trung", 479, 126, 1, 0.79, 0, 0, 0.79],
  ["Làng Gió", 485, 126, 3, 2.38, 0, 0, 2.38],
  ["Thắng Lộc", 527, 130, 4, 3.08, 1, 0.77, 2.31],
  ["Làng Sao", 451, 105, 2, 1.9, 0, 0, 1.9],
  ["Hợp Thành", 611, 144, 9, 6.25, 3, 2.08, 4.17],
  ["Làng Mài", 464, 98, 13, 13.27, 6, 6.12, 7.14],
];

const ROLES: readonly ColumnRole[] = [
  "population",
  "households",
  "poor",
  "poorRate",
  "poorCut",
  "poorCutRate",
  "projectedPoorRate",
];

export function binhLuongData(
  options: { names?: readonly string[]; nearPoor?: readonly number[]; sheet?: string } = {}
): TableData {
  const columns: Partial<Record<ColumnRole, number>> = {
    index: 1,
    unit: 2,
    population: 3,
    households: 4,
    poor: 5,
    poorRate: 6,
    poorCut: 7,
    poorCutRate: 8,
    projectedPoorRate: 9,
  };
  if (options.nearPoor) columns.nearPoor = 10;
  const units = BINH_LUONG_ROWS.map((r, i) => {
    const cells: Partial<Record<ColumnRole, ParsedCell>> = {
      index: num(i + 1),
      unit: { kind: "text", text: r[0] },
    };
    ROLES.forEach((role, j) => (cells[role] = num(r[j + 1] as number)));
    if (options.nearPoor) cells.nearPoor = num(options.nearPoor[i] as number);
    return { row: 8 + i, name: options.names?.[i] ?? r[0], cells: cells as RowCells };
  });
  return {
    layout: {
      sheet: options.sheet ?? "Phụ lục",
      range: { top: 5, left: 1, bottom: 14, right: options.nearPoor ? 10 : 9 },
      headerRows: [5, 7],
      dataRows: [8, 13],
      unitRows: [8, 9, 10, 11, 12, 13],
      totalsRow: 14,
      columns,
      confidence: 1,
    },
    units,
    totals: { row: 14, cells: {} },
  };
}
