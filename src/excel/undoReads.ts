import { rangeToA1 } from "../core";
import type { CellFormat, SheetNow } from "../core";
import { cellPropertiesOptions, formatOfCellProperties, unionFormat } from "./cellFormats";
import {
  LEGACY_BYTES_PER_CELL,
  queueCellProperties,
  type CellPropertiesRead,
} from "./cellProperties";
import type { XlContext, XlRange, XlWorksheet } from "./excelApi";
import { fromExcelValues } from "./fromExcelValues";
import { readInParts, refOf } from "./readSheets";
import { groupByWeight, limitRectangles, toRectangles, type WriteRect } from "./rectangles";
import type { ExcelSession } from "./session";

/** What undo reads back before it restores: the written sheets by `Worksheet.id`, and the formats it compares. */

export type SheetRead = {
  readonly ws: XlWorksheet;
  readonly used: XlRange;
  /** Read in row slices when the sheet was too big for one response. */
  now?: SheetNow;
};

/** Response bytes per cell read back (values, formulas, number format, value type), generously. */
const READ_BYTES_PER_CELL = 100;
/** Response bytes per cell of `getCellProperties` with every format undo compares, generously. */
const FORMAT_BYTES_PER_CELL = 400;

function queueSheetRead(context: XlContext, id: string, whole: boolean): SheetRead {
  const ws = context.workbook.worksheets.getItemOrNullObject(id);
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(false);
  if (whole) used.load("address, values, formulas, numberFormat, valueTypes");
  else used.load("address");
  return { ws, used };
}

/** The sheet as it is now (null: deleted since). */
export function sheetNow(read: SheetRead): SheetNow | null {
  if (read.ws.isNullObject) return null;
  if (read.used.isNullObject)
    return { top: 1, left: 1, values: [], formulas: [], numberFormats: [] };
  if (read.now) return read.now;
  return fromExcelValues({
    sheet: read.ws.name,
    address: read.used.address,
    values: read.used.values,
    formulas: read.used.formulas,
    numberFormat: read.used.numberFormat,
    valueTypes: read.used.valueTypes,
    mergedAddress: null,
  });
}

export function isResponseTooLarge(e: unknown): boolean {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded"
  );
}

/**
 * Sync 1 of undo: the sheets written and created, by id, with their used ranges. When Excel refuses the response
 * as too big, the sizes first and then each sheet in row slices (more syncs, only for big sheets).
 */
export async function readSheets(
  session: ExcelSession,
  context: XlContext,
  ids: readonly string[],
  queueRest: () => void
): Promise<SheetRead[]> {
  let reads = ids.map((id) => queueSheetRead(context, id, true));
  queueRest();
  try {
    await context.sync();
    return reads;
  } catch (e) {
    if (!isResponseTooLarge(e)) throw e;
  }
  reads = ids.map((id) => queueSheetRead(context, id, false));
  queueRest();
  await context.sync();
  const maxCells = Math.floor(session.maxRequestBytes / READ_BYTES_PER_CELL);
  for (const read of reads) {
    if (read.ws.isNullObject || read.used.isNullObject) continue;
    const ref = refOf(read.used);
    // Only sheets too big for one response: each in its own row slices.
    const m = await readInParts(context, read.ws, ref, maxCells);
    read.now = fromExcelValues({
      sheet: read.ws.name,
      address: read.used.address,
      values: m.values,
      formulas: m.formulas,
      numberFormat: m.numberFormat,
      valueTypes: m.valueTypes,
      mergedAddress: null,
    });
  }
  return reads;
}

/** A cell whose formats undo compares: where to read, and which parts. */
export type FormatPlace = {
  readonly sheetId: string;
  readonly row: number;
  readonly col: number;
  readonly keys: CellFormat;
};

/** Formats read, per sheet id, by `${row}:${col}`: every cell of each rectangle read (what is there now). */
export type FormatsNow = Map<string, Map<string, CellFormat>>;

type FormatRead = {
  readonly sheetId: string;
  readonly rect: WriteRect;
  readonly props: CellPropertiesRead;
};

/** The places in groups that each fit one response: whole rectangles of places, one sheet at a time. */
function formatGroups(session: ExcelSession, places: readonly FormatPlace[]) {
  // Below ExcelApi 1.9 each cell is read on its own, with many small loads.
  const perCell = session.supports("ExcelApi", "1.9")
    ? FORMAT_BYTES_PER_CELL
    : LEGACY_BYTES_PER_CELL;
  const maxCells = Math.max(1, Math.floor(session.maxRequestBytes / perCell));
  const bySheet = new Map<string, FormatPlace[]>();
  for (const p of places) bySheet.set(p.sheetId, [...(bySheet.get(p.sheetId) ?? []), p]);
  const rects = [...bySheet].flatMap(([sheetId, list]) => {
    const keys = new Map(list.map((p) => [`${p.row}:${p.col}`, p.keys]));
    return limitRectangles(toRectangles(list), maxCells).map((rect) => {
      let union: CellFormat = {};
      rect.cells.forEach((row, i) =>
        row.forEach((_, j) => {
          const k = keys.get(`${rect.ref.top + i}:${rect.ref.left + j}`);
          if (k) union = unionFormat(union, k);
        })
      );
      return { sheetId, rect, keys: union, places: keys };
    });
  });
  const cells = (r: WriteRect) => (r.ref.bottom - r.ref.top + 1) * (r.ref.right - r.ref.left + 1);
  return groupByWeight(rects, (r) => cells(r.rect), maxCells);
}

/**
 * Queue the format reads of `places` when they fit one response with the rest of undo's first sync (the usual
 * case: a header's bold and borders, a column's fonts); else null, and `readFormats` reads them in their own syncs.
 */
export function queueFormats(
  session: ExcelSession,
  context: XlContext,
  places: readonly FormatPlace[]
): (() => FormatsNow) | null {
  const groups = formatGroups(session, places);
  if (groups.length > 1) return null;
  const reads = (groups[0] ?? []).map((g) => queueFormatRead(session, context, g));
  return () => collectFormats(reads);
}

/** Read the formats of `places` (one sync per group that fits a response; none when there is nothing to read). */
export async function readFormats(
  session: ExcelSession,
  context: XlContext,
  places: readonly FormatPlace[],
  into: FormatsNow
): Promise<void> {
  for (const group of formatGroups(session, places)) {
    const reads = group.map((g) => queueFormatRead(session, context, g));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per response-sized group
    await context.sync();
    for (const [id, map] of collectFormats(reads))
      into.set(id, new Map([...(into.get(id) ?? []), ...map]));
  }
}

function queueFormatRead(
  session: ExcelSession,
  context: XlContext,
  g: { sheetId: string; rect: WriteRect; keys: CellFormat; places: Map<string, CellFormat> }
): FormatRead {
  const range = context.workbook.worksheets
    .getItemOrNullObject(g.sheetId)
    .getRange(rangeToA1(g.rect.ref));
  const options = cellPropertiesOptions(g.keys);
  const props = queueCellProperties(session, range, g.rect.ref, options, (r, c) =>
    g.places.has(`${r}:${c}`)
  );
  return { sheetId: g.sheetId, rect: g.rect, props };
}

function collectFormats(reads: readonly FormatRead[]): FormatsNow {
  const out: FormatsNow = new Map();
  for (const r of reads) {
    const map = out.get(r.sheetId) ?? new Map<string, CellFormat>();
    out.set(r.sheetId, map);
    r.props.value.forEach((row, i) =>
      row.forEach((c, j) => {
        // A cell of the rectangle not read one at a time (below 1.9) has no formats: not compared.
        if (c.format)
          map.set(`${r.rect.ref.top + i}:${r.rect.ref.left + j}`, formatOfCellProperties(c));
      })
    );
  }
  return out;
}
