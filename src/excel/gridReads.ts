import { HostError } from "../core";
import type { Grid } from "../core";
import type { XlContext, XlTable } from "./excelApi";
import { fromExcelValues } from "./fromExcelValues";
import {
  blankGrid,
  cellsOf,
  gridFrom,
  loadNames,
  readInParts,
  readMerges,
  refOf,
} from "./readSheets";
import { read, tableRef, type ExcelSession, type TableRef } from "./session";
import { estimateBytes } from "./writeCommands";

/** Response bytes per cell read (values, formulas, number format, value type), generously. */
const READ_BYTES_PER_CELL = 100;

/** Cells per read response (Excel refuses responses over 5 MB). */
function maxReadCells(session: ExcelSession): number {
  return Math.floor(session.maxRequestBytes / READ_BYTES_PER_CELL);
}

export async function listSheets(session: ExcelSession): Promise<readonly string[]> {
  return read(session, "", async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

export async function activeSheet(session: ExcelSession): Promise<string> {
  return read(session, "", async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    return ws.name;
  });
}

/** One sync: `getCellProperties` (ExcelApi 1.9) of each cell; conditional formats are not part of it. */
export async function cellFills(
  session: ExcelSession,
  sheet: string,
  addresses: readonly string[]
): Promise<(string | null)[] | null> {
  if (!session.supports("ExcelApi", "1.9")) return null;
  return read(session, sheet, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const props = addresses.map((a) =>
      ws.getRange(a).getCellProperties({ format: { fill: { color: true, pattern: true } } })
    );
    await context.sync();
    return props.map((p) => {
      const fill = p.value[0]?.[0]?.format?.fill;
      return fill && fill.pattern !== "None" && fill.color ? fill.color.toUpperCase() : null;
    });
  });
}

/** A watched sheet is found by its `Worksheet.id` (`getItem` takes a name or an id), so a rename changes nothing. */
function sheetKey(session: ExcelSession, sheet: string): string {
  return session.watchedIds.get(sheet.toLowerCase()) ?? sheet;
}

export async function readGrid(session: ExcelSession, sheet: string): Promise<Grid> {
  const withMerges = session.supports("ExcelApi", "1.13");
  return read(session, sheet, async (context) => {
    const known = session.sizes.get(sheet.toLowerCase());
    if (known && known.bytes > session.maxRequestBytes)
      return readGridInParts(session, context, sheet);
    const ws = context.workbook.worksheets.getItemOrNullObject(sheetKey(session, sheet));
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address, values, formulas, numberFormat, valueTypes");
    const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    ws.tables.load("items/name, items/showHeaders");
    const markers = loadNames(context.workbook.names);
    try {
      await context.sync();
    } catch {
      // Too big for one response, or more than 512 merged areas: the careful way, merges on their own.
      return readGridInParts(session, context, sheet);
    }
    if (ws.isNullObject) throw new HostError("SHEET_NOT_FOUND", { sheet });
    const generated = markers().get(ws.name.toLowerCase());
    if (used.isNullObject) return withMarker(blankGrid(ws.name), generated);
    if (!Array.isArray(used.values)) {
      session.sizes.set(ws.name.toLowerCase(), { ref: refOf(used), bytes: Infinity });
      return readGridInParts(session, context, sheet);
    }
    session.sizes.set(ws.name.toLowerCase(), { ref: refOf(used), bytes: matricesBytes(used) });
    const grid = fromExcelValues({
      sheet: ws.name,
      address: used.address,
      values: used.values,
      formulas: used.formulas,
      numberFormat: used.numberFormat,
      valueTypes: used.valueTypes,
      mergedAddress: merged && !merged.isNullObject ? merged.address : null,
    });
    const tables = await tableRanges(session, context, ws.name, ws.tables.items);
    return withMarker(withTables(grid, tables), generated);
  });
}

/** The careful read: size first, values in row slices under the limits, merges and tables in their own syncs. */
async function readGridInParts(
  session: ExcelSession,
  context: XlContext,
  sheet: string
): Promise<Grid> {
  const withMerges = session.supports("ExcelApi", "1.13");
  const ws = context.workbook.worksheets.getItemOrNullObject(sheetKey(session, sheet));
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address");
  ws.tables.load("items/name, items/showHeaders");
  const markers = loadNames(context.workbook.names);
  await context.sync();
  if (ws.isNullObject) throw new HostError("SHEET_NOT_FOUND", { sheet });
  const generated = markers().get(ws.name.toLowerCase());
  if (used.isNullObject) return withMarker(blankGrid(ws.name), generated);
  const ref = refOf(used);
  const known = session.sizes.get(ws.name.toLowerCase());
  const perCell =
    known && Number.isFinite(known.bytes) && cellsOf(known.ref) > 0
      ? Math.max(8, known.bytes / cellsOf(known.ref))
      : READ_BYTES_PER_CELL;
  const sheetProxy = context.workbook.worksheets.getItem(ws.name);
  const slice = Math.max(1, Math.floor(session.maxRequestBytes / perCell / 2));
  const matrices = await readInParts(
    context,
    sheetProxy,
    ref,
    Math.min(maxReadCells(session) * 4, slice)
  );
  session.sizes.set(ws.name.toLowerCase(), { ref, bytes: matricesBytes(matrices) });
  const merges = withMerges ? ((await readMerges(context, sheetProxy, ref)) ?? []) : [];
  const tables = await tableRanges(session, context, ws.name, ws.tables.items);
  return withMarker(withTables(gridFrom(ws.name, ref, matrices, merges), tables), generated);
}

/** The ranges of a sheet's tables (one sync, only when it has any); remembered for writes. */
export async function tableRanges(
  session: ExcelSession,
  context: XlContext,
  sheet: string,
  items: readonly XlTable[]
): Promise<TableRef[]> {
  if (items.length === 0) {
    session.tables.set(sheet.toLowerCase(), []);
    return [];
  }
  const ranges = items.map((t) => {
    const r = t.getRange();
    r.load("address");
    return { name: t.name, showHeaders: t.showHeaders, r };
  });
  await context.sync();
  const out = ranges.map(({ name, showHeaders, r }) => tableRef(name, refOf(r), showHeaders));
  session.tables.set(sheet.toLowerCase(), out);
  return out;
}

/** The JSON size of a read's matrices (what Excel sends back), to decide how the next read of the sheet goes. */
export function matricesBytes(m: {
  values: unknown;
  formulas: unknown;
  numberFormat: unknown;
  valueTypes: unknown;
}): number {
  return [m.values, m.formulas, m.numberFormat, m.valueTypes].reduce<number>(
    (n, x) => n + estimateBytes(x),
    0
  );
}

export function withMarker(grid: Grid, generated: string | undefined): Grid {
  return generated === undefined ? grid : { ...grid, generated };
}

export function withTables(grid: Grid, tables: readonly TableRef[]): Grid {
  return tables.length === 0 ? grid : { ...grid, tables };
}
