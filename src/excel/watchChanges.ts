import type { CellsChanged } from "../core";
import type { XlEventHandlerResult, XlRequirementProbe, XlRun } from "./excelApi";
import type { OwnWrites } from "./ownWrites";

/**
 * `WorkbookHost.onCellsChanged` over Office.js: one `worksheet.onChanged` handler (ExcelApi 1.7), registered in
 * one sync and removed on the context it was added in (OfficeExtension.EventHandlerResult.remove + sync). Excel
 * raises one event per change with the changed address; changes this add-in made itself are left out — the pane
 * re-reads after its own writes anyway: from ExcelApi 1.14 by `triggerSource` "ThisLocalAddin"; below it, where
 * events carry no `triggerSource`, by `ownWrites`, the ranges the host wrote (one echo each, `ownWrites.ts`).
 * The handler stays on the sheet when the officer renames it; the sheet's `Worksheet.id`, loaded in the same
 * sync, is given to `follow` (and `null` once stopped) so the host reads the watched sheet by id, whatever its
 * name now. Without ExcelApi 1.7 the watch is a no-op.
 */
export async function watchSheetChanges(
  run: XlRun,
  supports: XlRequirementProbe,
  sheet: string,
  listener: (change: CellsChanged) => void,
  follow: (worksheetId: string | null) => void = () => undefined,
  ownWrites: Pick<OwnWrites, "claim"> | null = null
): Promise<() => Promise<void>> {
  if (!supports("ExcelApi", "1.7")) return async () => undefined;
  let registration: XlEventHandlerResult | null = null;
  const watch = {};
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    registration = ws.onChanged.add(async (args) => {
      if (args.triggerSource === "ThisLocalAddin") return;
      if (
        args.triggerSource === undefined &&
        ownWrites?.claim(watch, args.worksheetId, sheet, args.address)
      )
        return;
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
