import type { CellStyle, CellWrite, PlanCell } from "../model";
import { toA1 } from "../address";
import { BODY_STYLE, HEADER_STYLE, NOTE_STYLE, TOTAL_STYLE } from "../summary/styles";

/** Row of the column headers on both province sheets (rows 1–2: the heading lines, row 3: a note). */
export const PROVINCE_HEADER_ROW = 4;
export const PROVINCE_FIRST_ROW = PROVINCE_HEADER_ROW + 1;

/** A problem shown beside a commune (a target not met). */
export const FLAG_STYLE: CellStyle = { ...BODY_STYLE, fill: "#FCE4D6" };

/** One column of a generated table: its header, width, format, and the cell of each body row and of the totals row. */
export type TableColumn<T> = {
  readonly header: string;
  readonly width: number;
  readonly format?: string;
  readonly cell: (item: T, index: number, row: number) => PlanCell;
  readonly style?: (item: T) => CellStyle;
  readonly total?: (row: number) => PlanCell;
};

/** `=IF(den>0,ROUND(num/den*100,2),"")` with the engine's result cached (the rate formula of the summary sheet). */
export function rateFormula(num: string, den: string, result: number | null): PlanCell {
  return { formula: `=IF(${den}>0,ROUND(${num}/${den}*100,2),"")`, result: result ?? "" };
}

/** `=SUM(X5:X20)` over the body rows, or 0 when there are none. */
export function sumFormula(col: number, first: number, last: number, result: number): PlanCell {
  return last < first
    ? { value: 0 }
    : { formula: `=SUM(${toA1(first, col)}:${toA1(last, col)})`, result };
}

/** Header row, body rows and (when columns define it) a totals row, with the shared look of generated sheets. */
export function tableWrites<T>(
  columns: readonly TableColumn<T>[],
  items: readonly T[],
  totalsRow: number | null
): CellWrite[] {
  const writes: CellWrite[] = [];
  columns.forEach((c, j) => {
    writes.push({
      row: PROVINCE_HEADER_ROW,
      col: j + 1,
      cell: { value: c.header },
      style: HEADER_STYLE,
    });
    items.forEach((item, i) => {
      const row = PROVINCE_FIRST_ROW + i;
      writes.push({
        row,
        col: j + 1,
        cell: c.cell(item, i, row),
        ...(c.format ? { numberFormat: c.format } : {}),
        style: c.style?.(item) ?? BODY_STYLE,
      });
    });
    if (totalsRow !== null) {
      writes.push({
        row: totalsRow,
        col: j + 1,
        cell: c.total?.(totalsRow) ?? { value: null },
        ...(c.format ? { numberFormat: c.format } : {}),
        style: TOTAL_STYLE,
      });
    }
  });
  return writes;
}

/** The note under the heading lines (row 3). */
export const noteWrite = (text: string): CellWrite => ({
  row: 3,
  col: 1,
  cell: { value: text },
  style: NOTE_STYLE,
});
