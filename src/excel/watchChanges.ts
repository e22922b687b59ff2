import type { CellsChanged } from "../core";
import type { XlEventHandlerResult, XlRequirementProbe, XlRun } from "./excelApi";

/**
 * `WorkbookHost.onCellsChanged` over Office.js: one `worksheet.onChanged` handler (ExcelApi 1.7), registered in
 * one sync and removed on the context it was added in (OfficeExtension.EventHandlerResult.remove + sync). Excel
 * raises one event per change with the changed address; changes this add-in made itself (`triggerSource`
 * "ThisLocalAddin", ExcelApi 1.14) are left out — the pane re-reads after its own writes anyway.
 * The handler stays on the sheet when the officer renames it; the sheet's `Worksheet.id`, loaded in the same
 * sync, is given to `follow` (and `null` once stopped) so the host reads the watched sheet by id, whatever its
 * name now. Without ExcelApi 1.7 the watch is a no-op.
 */
export async function watchSheetChanges(
  run: XlRun,
  supports: XlRequirementProbe,
  sheet: string,
  listener: (change: CellsChanged) => void,
  follow: (worksheetId: string | null) => void = () => undefined
): Promise<() => Promise<void>> {
  if (!supports("ExcelApi", "1.7")) return async () => undefined;
  let registration: XlEventHandlerResult | null = null;
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    registration = ws.onChanged.add(async (args) => {
      if (args.triggerSource === "ThisLocalAddin") return;
      listener({ sheet, address: args.address });
    });
    ws.load("id");
    await context.sync();
    follow(ws.id);
  });
  let removed = false;
  return async () => {
    const r = registration as XlEventHandlerResult | null;
    if (removed || !r) return;
    removed = true;
    follow(null);
    r.remove();
    await r.context.sync();
  };
}
