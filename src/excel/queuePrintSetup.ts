import { rangeToA1 } from "../core";
import type { PrintSetup } from "../core";
import type { XlWorksheet } from "./excelApi";

const ORIENTATION = { portrait: "Portrait", landscape: "Landscape" } as const;

/**
 * Queue a sheet's print settings (ExcelApi 1.9, `worksheet.pageLayout`; no sync here): paper, orientation, fit to one
 * page wide (`zoom.horizontalFitToPages` 1, height left free), the title rows and the print area.
 */
export function queuePrintSetup(ws: XlWorksheet, print: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.paperSize = print.paper;
  layout.orientation = ORIENTATION[print.orientation];
  layout.centerHorizontally = true;
  // Only the width, as in OfficeDev/office-js#1860; that thread reports Excel desktop may ignore it unless the Page
  // Layout tab was opened once (in Microsoft's backlog) — the .xlsx host writes fitToWidth itself.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.top}:$${print.repeatRows.bottom}`);
  if (print.printArea) layout.setPrintArea(rangeToA1(print.printArea));
}
