import type * as ExcelJS from "exceljs";
import { fromA1, toA1 } from "../core";
import { solidFill } from "./styles";

/** Fill used by `highlight` (a light yellow, the same as the Excel host's conditional format). */
export const HIGHLIGHT_COLOR = "#FFEB9C";

type Highlighted = {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly fill: ExcelJS.Fill | undefined;
};

/**
 * The file host's highlights: real fills (ExcelJS has no overlay), each cell's own fill remembered and put back by
 * `clear`. `without` lifts them around a write of the file, so a highlight never reaches a downloaded or saved
 * workbook (the Excel host's conditional formats are never saved either: `clearHighlight` deletes them).
 */
export class XlsxHighlights {
  private list: Highlighted[] = [];

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  highlight(ws: ExcelJS.Worksheet, sheet: string, addresses: readonly string[]): void {
    for (const address of addresses) {
      const { row, col } = fromA1(address);
      const cell = ws.getCell(row, col);
      if (!this.list.some((h) => h.sheet === sheet && h.row === row && h.col === col)) {
        this.list.push({
          sheet,
          row,
          col,
          fill: cell.style.fill ? structuredClone(cell.style.fill) : undefined,
        });
      }
      cell.style = { ...structuredClone(cell.style), fill: solidFill(HIGHLIGHT_COLOR) };
    }
  }

  clear(): void {
    for (const h of [...this.list].reverse()) {
      const ws = this.workbook.getWorksheet(h.sheet);
      if (!ws) continue;
      const cell = ws.getCell(h.row, h.col);
      const style = structuredClone(cell.style);
      if (h.fill) style.fill = h.fill;
      else delete style.fill;
      cell.style = style;
    }
    this.list = [];
  }

  /** Run `write` with every cell's own fill back, then highlight the same cells again. */
  async without<T>(write: () => Promise<T>): Promise<T> {
    const kept = this.list;
    if (kept.length === 0) return write();
    this.clear();
    try {
      return await write();
    } finally {
      for (const h of kept) {
        const ws = this.workbook.getWorksheet(h.sheet);
        if (ws) this.highlight(ws, h.sheet, [toA1(h.row, h.col)]);
      }
    }
  }
}
