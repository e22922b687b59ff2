import type * as ExcelJS from "exceljs";
import type { RangeRef } from "../core";
import type { RawValue } from "../core";
import type { Grid } from "../core";

/** A Date from any realm (a Date made in another realm fails `instanceof Date`). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in Excel's 1900 and 1904 date systems (ExcelJS dates are UTC). */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/** @example toExcelSerial(new Date(Date.UTC(2024, 0, 1)), false) === 45292 */
export function toExcelSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/**
 * An ExcelJS cell value (or formula result) as the engine sees it: rich text and hyperlinks become their text,
 * dates their serial number, error objects `{ error }`, empty strings null.
 */
export function toRawValue(v: unknown, date1904: boolean): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "boolean") return v;
  if (isDate(v))
    return Number.isNaN(v.getTime()) ? { error: "#VALUE!" } : toExcelSerial(v, date1904);
  if (isObject(v)) {
    if (typeof v.error === "string") return { error: v.error };
    if (Array.isArray(v.richText)) {
      return toRawValue(
        v.richText.map((run: unknown) => (isObject(run) ? String(run.text ?? "") : "")).join(""),
        date1904
      );
    }
    if ("formula" in v || "sharedFormula" in v) return toRawValue(v.result, date1904);
    if ("text" in v) return toRawValue(v.text, date1904);
  }
  return null;
}

/** Merged areas of a sheet. ExcelJS only exposes them by serialising the whole sheet (`ws.model`), so read its index. */
export function mergesOf(ws: ExcelJS.Worksheet): RangeRef[] {
  const index = (ws as unknown as { _merges: Record<string, RangeRef | undefined> })._merges;
  return Object.values(index)
    .filter((m): m is RangeRef => m !== undefined)
    .map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

function isMergeSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}

type Entry = { row: number; col: number; cell: ExcelJS.Cell };

/**
 * The font a cell's text shows in: its own font, or for rich text the first run's font that differs from plain
 * Calibri (a .VnTime header typed as rich text keeps its font on the runs). null when the file names none.
 */
export function fontNameOf(cell: ExcelJS.Cell): string | null {
  const v: unknown = cell.value;
  if (isObject(v) && Array.isArray(v.richText)) {
    for (const run of v.richText as unknown[]) {
      const name = isObject(run) && isObject(run.font) ? run.font.name : undefined;
      if (typeof name === "string" && name !== "") return name;
    }
  }
  const name = cell.font?.name;
  return typeof name === "string" && name !== "" ? name : null;
}

/** The sheet's used range (cells holding something, merged areas included) as a Grid, in one pass over the cells. */
export function readGrid(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  const entries: Entry[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      entries.push({ row: r, col: c, cell });
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  const merges = mergesOf(ws);
  if (entries.length === 0) {
    return {
      sheet: ws.name,
      top: 1,
      left: 1,
      values: [[null]],
      formulas: [[null]],
      numberFormats: [["General"]],
      merges,
    };
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: RawValue[][] = Array.from({ length: height }, () =>
    new Array<RawValue>(width).fill(null)
  );
  const formulas: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null)
  );
  const numberFormats: string[][] = Array.from({ length: height }, () =>
    new Array<string>(width).fill("General")
  );
  const fontNames: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null)
  );
  for (const { row, col, cell } of entries) {
    const i = row - top;
    const j = col - left;
    (numberFormats[i] as string[])[j] = cell.numFmt || "General";
    (fontNames[i] as (string | null)[])[j] = fontNameOf(cell);
    if (isMergeSlave(cell)) continue;
    const formula = cell.formula;
    if (formula) {
      (formulas[i] as (string | null)[])[j] = `=${formula}`;
      (values[i] as RawValue[])[j] = toRawValue(cell.result, date1904);
    } else {
      (values[i] as RawValue[])[j] = toRawValue(cell.value, date1904);
    }
  }
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) if (ws.findRow(r)?.hidden) hiddenRows.push(r);
  return {
    sheet: ws.name,
    top,
    left,
    values,
    formulas,
    numberFormats,
    merges,
    hiddenRows,
    fontNames,
  };
}
