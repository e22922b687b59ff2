import { PRINT_MARGINS, rangeToA1, toColumnLetters } from "../core";
import type { PrintSetup } from "../core";
import type { XlWorksheet } from "./excelApi";

const ORIENTATION = { portrait: "Portrait", landscape: "Landscape" } as const;
/** Inches to points, to the hundredth. */
const points = (inches: number): number => Math.round(inches * 72 * 100) / 100;

/**
 * Queue a sheet's print settings (ExcelApi 1.9, `worksheet.pageLayout`, which the caller has feature-detected; no
 * sync here): paper, orientation, the .xlsx host's margins, fit to one page wide or to `pagesWide` pages
 * (`zoom.horizontalFitToPages`, height left free), the title rows and columns and the print area.
 */
export function queuePrintSetup(ws: XlWorksheet, print: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.paperSize = print.paper;
  layout.orientation = ORIENTATION[print.orientation];
  layout.centerHorizontally = true;
  layout.leftMargin = points(PRINT_MARGINS.left);
  layout.rightMargin = points(PRINT_MARGINS.right);
  layout.topMargin = points(PRINT_MARGINS.top);
  layout.bottomMargin = points(PRINT_MARGINS.bottom);
  layout.headerMargin = points(PRINT_MARGINS.header);
  layout.footerMargin = points(PRINT_MARGINS.footer);
  // Only the width, as in OfficeDev/office-js#1860; that thread reports Excel desktop may ignore it unless the Page
  // Layout tab was opened once (in Microsoft's backlog) — the .xlsx host writes fitToWidth itself.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: print.pagesWide ?? 1 };
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.top}:$${print.repeatRows.bottom}`);
  const cols = print.repeatColumns;
  if (cols)
    layout.setPrintTitleColumns(`$${toColumnLetters(cols.left)}:$${toColumnLetters(cols.right)}`);
  if (print.printArea) layout.setPrintArea(rangeToA1(print.printArea));
}
