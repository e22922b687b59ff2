import type { Result, TableData } from "../model";
import type { PreviousYear } from "../summary/buildSummaryPlan";
import { readFigures } from "../summary/readFigures";

/**
 * Last year's figures from last year's appendix: its poor, near-poor (when it has the column) and households,
 * summed over its unit rows. Unreadable counts come back as issues (check that workbook first).
 * @throws UsageError when the households or poor column is not mapped (see missingSummaryColumns)
 * @example readPreviousYear(data2023, 2023) // { ok: true, value: { year: 2023, poor: 40, nearPoor: 14, households: 729 } }
 */
export function readPreviousYear(data: TableData, year: number): Result<PreviousYear> {
  const figures = readFigures(data);
  if (!figures.ok) return figures;
  const c = figures.value.commune;
  return {
    ok: true,
    value: {
      year,
      poor: c.poor,
      households: c.households,
      ...(c.nearPoor !== null ? { nearPoor: c.nearPoor } : {}),
    },
  };
}
