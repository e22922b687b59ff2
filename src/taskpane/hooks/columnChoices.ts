import { toColumnLetters } from "../../core";
import type { Grid, RawValue, TableLayout } from "../../core";

/** One column the officer can map a role to: its letter and the header text above it. */
export type ColumnChoice = {
  readonly col: number;
  readonly letter: string;
  /** Every header line above the column, top to bottom ("Công tác giảm nghèo / … / Số hộ nghèo"). */
  readonly header: string;
  /** The lowest, most specific header line ("Số hộ nghèo"). */
  readonly short: string;
};

function valueAt(grid: Grid, row: number, col: number): RawValue {
  return grid.values[row - grid.top]?.[col - grid.left] ?? null;
}

/** The text of a header cell; a cell covered by a merge reads its merge's top-left value. */
function headerCellText(grid: Grid, row: number, col: number): string {
  const merge = grid.merges.find(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right
  );
  const v = merge ? valueAt(grid, merge.top, merge.left) : valueAt(grid, row, col);
  if (v === null || typeof v === "object") return "";
  return String(v).replace(/\s+/g, " ").trim();
}

/**
 * Every column of the sheet's used range with the header text of the table's header rows, joined top to bottom
 * without repeating a merged heading. @example columnChoices(grid, layout)[1] → { col: 2, letter: "B", header: "Thôn" }
 */
export function columnChoices(grid: Grid, layout: TableLayout): ColumnChoice[] {
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const [first, last] = layout.headerRows;
  const choices: ColumnChoice[] = [];
  for (let col = grid.left; col < grid.left + width; col++) {
    const parts: string[] = [];
    for (let row = first; row <= last; row++) {
      const text = headerCellText(grid, row, col);
      if (text !== "" && parts[parts.length - 1] !== text && !/^\(\d+\)$/.test(text))
        parts.push(text);
    }
    choices.push({
      col,
      letter: toColumnLetters(col),
      header: parts.join(" / "),
      short: parts[parts.length - 1] ?? "",
    });
  }
  return choices;
}
