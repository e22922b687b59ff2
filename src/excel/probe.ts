import type { HostError, ProbeOptions, RangeRef, SheetProbe, WorkbookProbe } from "../core";
import type { XlRange, XlWorksheet } from "./excelApi";
import { fromExcelValues, parseAreasAddress } from "./fromExcelValues";
import { matricesBytes, withTables } from "./gridReads";
import { blankGrid, cellsOf, loadNames, readMerges, refOf } from "./readSheets";
import { read, tableRef, type ExcelSession } from "./session";
import { toHostError } from "./toHostError";

export async function probeWorkbook(
  session: ExcelSession,
  options: ProbeOptions
): Promise<WorkbookProbe> {
  const withMerges = session.supports("ExcelApi", "1.13");
  return read(session, "", async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/visibility");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    const markers = loadNames(context.workbook.names);
    await context.sync();
    const marks = markers();
    type Head = {
      name: string;
      visible: boolean;
      used: XlRange;
      head: XlRange;
      ws: XlWorksheet;
      error: HostError | null;
      blank: boolean;
    };
    const queueHead = (name: string, visible: boolean): Head => {
      const ws = sheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address");
      const head = used.getIntersectionOrNullObject(
        used.getCell(0, 0).getResizedRange(options.headRows - 1, options.headCols - 1)
      );
      head.load("address, values, formulas, numberFormat, valueTypes");
      ws.tables.load("items/name, items/showHeaders");
      return { name, visible, used, head, ws, error: null, blank: false };
    };
    const list = sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
    let heads = list.map((s) => queueHead(s.name, s.visible));
    try {
      await context.sync();
    } catch {
      // Which sheet made Excel refuse is unknown: read them one by one (more syncs only in this case).
      heads = [];
      for (const s of list) {
        const h = queueHead(s.name, s.visible);
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after the batch failed
          await context.sync();
        } catch (e) {
          h.error = toHostError(e, s.name);
          // A blank sheet's used range is a null object; asking its head may fail on its own: check that alone.
          const used = sheets.getItem(s.name).getUsedRangeOrNullObject(true);
          used.load("address");
          try {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only for a sheet that failed
            await context.sync();
            if (used.isNullObject) h.blank = true;
          } catch {
            // the sheet's first error is the one to report
          }
        }
        heads.push(h);
      }
    }
    // Sync 3: merged areas of every head and the tables' ranges.
    type Tail = {
      merges: { isNullObject: boolean; address: string } | null;
      tables: { name: string; showHeaders: boolean; r: XlRange }[];
    };
    const tails: Tail[] = heads.map((h) => {
      if (h.error || h.used.isNullObject || h.head.isNullObject)
        return { merges: null, tables: [] };
      const merges = withMerges ? h.head.getMergedAreasOrNullObject() : null;
      merges?.load("address");
      const tables = h.ws.tables.items.map((t) => {
        const r = t.getRange();
        r.load("address");
        return { name: t.name, showHeaders: t.showHeaders, r };
      });
      return { merges, tables };
    });
    let mergesFailed = false;
    try {
      await context.sync();
    } catch {
      mergesFailed = true;
    }
    const probes: SheetProbe[] = [];
    for (const [i, h] of heads.entries()) {
      const tail = tails[i] as Tail;
      const generated = marks.get(h.name.toLowerCase());
      const base = { name: h.name, visible: h.visible, ...(generated ? { generated } : {}) };
      const blank = () => ({
        ...base,
        used: null,
        grid: blankGrid(h.name),
        complete: true,
        error: null,
      });
      if (h.blank) {
        probes.push(blank());
        continue;
      }
      if (h.error) {
        probes.push({ ...base, used: null, grid: null, complete: false, error: h.error });
        continue;
      }
      if (h.used.isNullObject || h.head.isNullObject) {
        probes.push(blank());
        continue;
      }
      const used = refOf(h.used);
      const headRef = refOf(h.head);
      // The whole sheet's read, estimated from its head's bytes per cell.
      const headBytes = matricesBytes(h.head);
      session.sizes.set(h.name.toLowerCase(), {
        ref: used,
        bytes: (headBytes / Math.max(1, cellsOf(headRef))) * cellsOf(used),
      });
      let merges: RangeRef[] = [];
      if (withMerges && !mergesFailed && tail.merges && !tail.merges.isNullObject)
        merges = parseAreasAddress(tail.merges.address);
      else if (withMerges && mergesFailed)
        merges = (await readMerges(context, sheets.getItem(h.name), headRef)) ?? [];
      const tables = mergesFailed
        ? []
        : tail.tables.map((t) => tableRef(t.name, refOf(t.r), t.showHeaders));
      if (!mergesFailed) session.tables.set(h.name.toLowerCase(), tables);
      const grid = fromExcelValues({
        sheet: h.name,
        address: h.head.address,
        values: h.head.values,
        formulas: h.head.formulas,
        numberFormat: h.head.numberFormat,
        valueTypes: h.head.valueTypes,
        mergedAddress: null,
      });
      probes.push({
        ...base,
        used,
        grid: withTables({ ...grid, merges }, tables),
        complete: headRef.bottom === used.bottom && headRef.right === used.right,
        error: null,
      });
    }
    return { active: active.name, sheets: probes };
  });
}
