import type { GridReader } from "../grid/createGridReader";
import type { DetectFailureReason, TableLayout } from "../model/table";
import { findHeaderBand, withColumnNumberRow } from "./findHeaderBand";
import type { HeaderBand } from "./findHeaderBand";
import { mapColumns } from "./mapColumns";
import { refineByArithmetic } from "./refineByArithmetic";
import { scanDataRows } from "./scanDataRows";
import type { DataRows } from "./scanDataRows";
import { scoreLayout } from "./scoreLayout";

export type TableAttempt =
  | { readonly ok: true; readonly layout: TableLayout; readonly band: HeaderBand }
  | { readonly ok: false; readonly reason: DetectFailureReason; readonly confidence: number };

const INFERRED_UNIT_PENALTY = 0.15;

/**
 * Try to read one appendix table whose unit header is the cell at (row, col). `inferredUnit`: the header there was
 * not recognised as a unit header but sits left of the count columns; the result is less certain.
 */
export function detectTableAt(
  reader: GridReader,
  row: number,
  col: number,
  inferredUnit = false
): TableAttempt {
  const rows = findHeaderBand(reader, row, col);
  const mapping = mapColumns(reader, rows, col, inferredUnit);
  const band = withColumnNumberRow(reader, rows, mapping.left, mapping.right);
  const headerColumns = mapping.columns;
  if (headerColumns.unit === undefined)
    return { ok: false, reason: "NO_UNIT_COLUMN", confidence: 0.1 };
  if (headerColumns.households === undefined && headerColumns.poor === undefined) {
    return { ok: false, reason: "NO_COUNT_COLUMNS", confidence: 0.2 };
  }
  const data = scanDataRows(
    reader,
    { start: band.end + 1, left: mapping.left, right: mapping.right },
    headerColumns
  );
  const first = data.unitRows[0];
  const last = data.unitRows[data.unitRows.length - 1];
  if (first === undefined || last === undefined)
    return { ok: false, reason: "NO_DATA_ROWS", confidence: 0.3 };
  const columns = refineByArithmetic(
    reader,
    headerColumns,
    mapping.candidates,
    data.unitRows,
    mapping.placed
  );
  const mapped = Object.values(columns).filter((c): c is number => c !== undefined);
  const layout: TableLayout = {
    sheet: reader.grid.sheet,
    range: {
      top: band.top,
      left: Math.min(...mapped),
      bottom: lastRowOf(data),
      right: Math.max(...mapped),
    },
    headerRows: [band.top, band.end],
    dataRows: [first, last],
    ...rowsOf(data),
    columns,
    confidence: 0,
  };
  const confidence = Math.max(
    0,
    Math.round((scoreLayout(layout) - (inferredUnit ? INFERRED_UNIT_PENALTY : 0)) * 100) / 100
  );
  return { ok: true, layout: { ...layout, confidence }, band };
}

/** The layout's rows from a scan: units, totals, and the groups, breakdowns and skipped rows when there are any. */
export function rowsOf(
  data: DataRows
): Pick<TableLayout, "unitRows" | "totalsRow" | "groups" | "breakdowns" | "skippedRows"> {
  return {
    unitRows: data.unitRows,
    totalsRow: data.totalsRow,
    ...(data.groups.length > 0 ? { groups: data.groups } : {}),
    ...(data.breakdowns.length > 0 ? { breakdowns: data.breakdowns } : {}),
    ...(data.skippedRows.length > 0 ? { skippedRows: data.skippedRows } : {}),
  };
}

/** The table's last row: the last unit, the totals row, or a sub-total or breakdown below them. */
export function lastRowOf(data: DataRows): number {
  let last = data.unitRows[data.unitRows.length - 1] ?? 0;
  if (data.totalsRow !== null) last = Math.max(last, data.totalsRow);
  for (const s of data.skippedRows) if (s.kind !== "note") last = Math.max(last, s.row);
  return last;
}
