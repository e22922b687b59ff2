import type ExcelJS from "exceljs";
import { PRINT_MARGINS, toColumnLetters, type PrintSetup, type RangeRef } from "../core";

/** OOXML paper size 9 is A4 (ECMA-376 §18.3.1.63 `paperSize`). */
const PAPER_SIZE = { A4: 9 } as const;

/**
 * Print settings of a sheet in the .xlsx: A4, orientation, fit to one page wide or to `pagesWide` pages (`fitToHeight`
 * 0: as many pages tall as needed), the rows repeated at the top and the columns at the left of every page (the
 * `_xlnm.Print_Titles` defined name) and the print area (`_xlnm.Print_Area`). ExcelJS writes both names into
 * workbook.xml; the package writer carries a created sheet's print names over with their `localSheetId` remapped.
 */
export function applyPrintSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  const cols = print.repeatColumns;
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_SIZE[print.paper] as ExcelJS.PaperSize,
    orientation: print.orientation,
    horizontalCentered: true,
    margins: { ...PRINT_MARGINS },
    ...(print.fitToWidth
      ? { fitToPage: true, fitToWidth: print.pagesWide ?? 1, fitToHeight: 0 }
      : {}),
    ...(print.repeatRows
      ? { printTitlesRow: `${print.repeatRows.top}:${print.repeatRows.bottom}` }
      : {}),
    ...(cols
      ? { printTitlesColumn: `${toColumnLetters(cols.left)}:${toColumnLetters(cols.right)}` }
      : {}),
    ...(print.printArea ? { printArea: absoluteRows(print.printArea) } : {}),
  };
  ws.pageSetup = { ...ws.pageSetup, ...setup };
}

/**
 * The print area as ExcelJS wants it: ExcelJS puts a `$` before each corner ("$A1:$I11"), which LibreOffice ignores —
 * it then prints the whole sheet, working notes included. With the rows' `$` here the name reads "$A$1:$I$11".
 */
function absoluteRows(r: RangeRef): string {
  return `${toColumnLetters(r.left)}$${r.top}:${toColumnLetters(r.right)}$${r.bottom}`;
}
