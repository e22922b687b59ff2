import { rangeToA1 } from "../core";
import type { Grid, RangeRef } from "../core";
import type { XlContext, XlNamedItemCollection, XlRange, XlWorksheet } from "./excelApi";
import { fromExcelValues, parseAreasAddress, stripSheet } from "./fromExcelValues";
import { rangeFromA1 } from "../core";

/**
 * Reading sheets within Excel's limits (Excel on the web: a response over 5 MB fails; a read over 5,000,000 cells
 * returns `values: null`): used ranges read in row slices of about `maxCells` cells, halved when Excel still
 * refuses; merged areas in their own syncs, halved when a range holds more than 512 of them.
 */

/** The loaded matrices of one range read. */
export type RangeMatrices = {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
};

export const READ_PROPS = "address, values, formulas, numberFormat, valueTypes";

export const cellsOf = (r: RangeRef): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** The defined names that mark generated sheets: `_giamngheo.<marker>.<n>` referring to the sheet's A1. */
export const MARKER_PREFIX = "_giamngheo.";

/** A name for the marker (letters and digits of the marker only), unique among `taken`. */
export function markerName(marker: string, taken: ReadonlySet<string>): string {
  const safe = marker.replace(/[^A-Za-z0-9]/g, "") || "sheet";
  for (let n = 1; ; n++) {
    const name = `${MARKER_PREFIX}${safe}.${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** "='Tổng hợp'!$A$1" → "Tổng hợp"; null for #REF! or anything else. */
export function sheetOfReference(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'#]+))!\$?[A-Z]{1,3}\$?\d+$/.exec(formula.trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

/** Marker per sheet (lower-case name) from the workbook's defined names. */
export function markersOf(
  names: readonly { readonly name: string; readonly formula: unknown }[]
): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names) {
    if (!n.name.toLowerCase().startsWith(MARKER_PREFIX)) continue;
    const marker = n.name.slice(MARKER_PREFIX.length).replace(/\.\d+$/, "");
    const sheet = sheetOfReference(n.formula);
    if (sheet !== null && marker !== "") out.set(sheet.toLowerCase(), marker);
  }
  return out;
}

/** Queue the load of the workbook's names (name + formula, ExcelApi 1.7) and read them after the sync. */
export function loadNames(names: XlNamedItemCollection): () => Map<string, string> {
  names.load("items/name, items/formula");
  return () => markersOf(names.items.map((n) => ({ name: n.name, formula: n.formula })));
}

function isTooLarge(e: unknown): boolean {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Read `ref` of a sheet in row slices of at most `maxCells` cells, one sync each (each slice is its own response
 * under the limit); a slice Excel refuses or returns as null is read in halves.
 */
export async function readInParts(
  context: XlContext,
  ws: XlWorksheet,
  ref: RangeRef,
  maxCells: number
): Promise<RangeMatrices> {
  const width = ref.right - ref.left + 1;
  const out: RangeMatrices = { values: [], formulas: [], numberFormat: [], valueTypes: [] };
  const readSlice = async (top: number, bottom: number): Promise<void> => {
    const range = ws.getRange(rangeToA1({ ...ref, top, bottom }));
    range.load("values, formulas, numberFormat, valueTypes");
    let ok = true;
    try {
      await context.sync();
      ok = Array.isArray(range.values) && Array.isArray(range.formulas);
    } catch (e) {
      if (!isTooLarge(e) || bottom === top) throw e;
      ok = false;
    }
    if (!ok) {
      if (bottom === top) throw new Error("Excel returned no values for a single row");
      const mid = Math.floor((top + bottom) / 2);
      await readSlice(top, mid);
      await readSlice(mid + 1, bottom);
      return;
    }
    out.values.push(...range.values);
    out.formulas.push(...range.formulas);
    out.numberFormat.push(...range.numberFormat);
    out.valueTypes.push(...range.valueTypes);
  };
  const rows = Math.max(1, Math.floor(maxCells / width));
  // Slices go one after another: together they are what Excel refuses in one response.
  for (let top = ref.top; top <= ref.bottom; top += rows) {
    await readSlice(top, Math.min(ref.bottom, top + rows - 1));
  }
  return out;
}

/**
 * Merged areas starting in `ref` in their own sync; a range with more than 512 (Excel then fails) is read in
 * halves by rows (each merge has its top-left in exactly one half). null when even one row fails.
 */
export async function readMerges(
  context: XlContext,
  ws: XlWorksheet,
  ref: RangeRef
): Promise<RangeRef[] | null> {
  const areas = ws.getRange(rangeToA1(ref)).getMergedAreasOrNullObject();
  areas.load("address");
  try {
    await context.sync();
    return areas.isNullObject ? [] : parseAreasAddress(areas.address);
  } catch {
    if (ref.bottom === ref.top) return null;
    const mid = Math.floor((ref.top + ref.bottom) / 2);
    const a = await readMerges(context, ws, { ...ref, bottom: mid });
    const b = a === null ? null : await readMerges(context, ws, { ...ref, top: mid + 1 });
    return a && b ? [...a, ...b] : null;
  }
}

/** A Grid from loaded matrices at `ref` (address without the sheet). */
export function gridFrom(
  sheet: string,
  ref: RangeRef,
  m: RangeMatrices,
  merges: readonly RangeRef[]
): Grid {
  const mergedAddress =
    merges.length === 0 ? null : merges.map((r) => `S!${rangeToA1(r)}`).join(",");
  return fromExcelValues({
    sheet,
    address: rangeToA1(ref),
    values: m.values,
    formulas: m.formulas,
    numberFormat: m.numberFormat,
    valueTypes: m.valueTypes,
    mergedAddress,
  });
}

/** The RangeRef of a loaded `range.address` ("'Phụ lục'!A1:I14"). */
export function refOf(range: XlRange): RangeRef {
  return rangeFromA1(stripSheet(range.address));
}

/** The grid of a blank sheet (every host returns the same). */
export function blankGrid(sheet: string): Grid {
  return {
    sheet,
    top: 1,
    left: 1,
    values: [[null]],
    formulas: [[null]],
    numberFormats: [["General"]],
    merges: [],
  };
}
