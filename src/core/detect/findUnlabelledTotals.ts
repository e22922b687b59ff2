import type { GridReader } from "../grid/createGridReader";
import type { RawValue } from "../model/cell";
import type { ColumnMap } from "../model/table";
import { parseNumberText } from "../parse/parseNumberText";
import { isBlank } from "./cellText";

/** With fewer units, a labelled row equal to the sum of the others may be a real unit. */
const MIN_UNITS_FOR_LABELLED_SUM = 3;

/**
 * The arithmetic of a totals row: with no totals label found, a last (or first) row whose households and poor equal
 * the sums of the other rows is the totals row — unlabelled, or under a label the vocabulary does not know
 * ("Cộng chung", "Tổng hợp") when there are enough rows for the coincidence to be impossible in practice.
 */
export function findUnlabelledTotals(
  reader: GridReader,
  columns: ColumnMap,
  unitRows: readonly number[]
): { readonly unitRows: readonly number[]; readonly totalsRow: number | null } {
  const labelCols = [columns.unit, columns.index].filter((c): c is number => c !== undefined);
  const countCols = [columns.households, columns.poor].filter((c): c is number => c !== undefined);
  if (countCols.length === 0 || unitRows.length < 3) return { unitRows, totalsRow: null };
  const labelled = (r: number): boolean =>
    labelCols.some((c) => c !== columns.index && !isBlank(reader.spread(r, c)));
  const isSumOf = (row: number, body: readonly number[]): boolean =>
    (!labelled(row) || body.length >= MIN_UNITS_FOR_LABELLED_SUM) &&
    isSumOfRows(reader, countCols, row, body);
  const last = unitRows[unitRows.length - 1] as number;
  const first = unitRows[0] as number;
  if (isSumOf(last, unitRows.slice(0, -1)))
    return { unitRows: unitRows.slice(0, -1), totalsRow: last };
  if (isSumOf(first, unitRows.slice(1))) return { unitRows: unitRows.slice(1), totalsRow: first };
  return { unitRows, totalsRow: null };
}

/** true when every count column of `row` holds the sum of `body`'s cells (all readable), not all zero. */
export function isSumOfRows(
  reader: GridReader,
  countCols: readonly number[],
  row: number,
  body: readonly number[]
): boolean {
  if (body.length === 0) return false;
  return (
    countCols.every((c) => {
      const total = readCount(reader.raw(row, c));
      let sum = 0;
      for (const r of body) {
        const v = readCount(reader.raw(r, c));
        if (v === undefined) return false;
        sum += v;
      }
      return total !== undefined && Math.abs(total - sum) < 1e-9;
    }) && countCols.some((c) => (readCount(reader.raw(row, c)) ?? 0) > 0)
  );
}

function readCount(v: RawValue): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string") return parseNumberText(v, "count") ?? undefined;
  return undefined;
}
