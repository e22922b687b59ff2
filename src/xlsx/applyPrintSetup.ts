import type ExcelJS from "exceljs";
import { rangeToA1, type PrintSetup } from "../core";

/** OOXML paper size 9 is A4 (ECMA-376 §18.3.1.63 `paperSize`). */
const PAPER_SIZE = { A4: 9 } as const;

/**
 * Print settings of a sheet in the .xlsx: A4, orientation, fit to one page wide (`fitToHeight` 0: as many pages tall
 * as needed) and the rows repeated at the top of every page (the `_xlnm.Print_Titles` defined name).
 */
export function applyPrintSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_SIZE[print.paper] as ExcelJS.PaperSize,
    orientation: print.orientation,
    horizontalCentered: true,
    margins: { left: 0.59, right: 0.39, top: 0.59, bottom: 0.59, header: 0.3, footer: 0.3 },
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(print.repeatRows
      ? { printTitlesRow: `${print.repeatRows.top}:${print.repeatRows.bottom}` }
      : {}),
    ...(print.printArea ? { printArea: rangeToA1(print.printArea) } : {}),
  };
  ws.pageSetup = { ...ws.pageSetup, ...setup };
}
