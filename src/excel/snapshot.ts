import { rangeToA1, UsageError, HostError } from "../core";
import type { CellFormat, RangeRef, SheetNow, SheetPlan, WritePlan } from "../core";
import {
  cellPropertiesOptions,
  formatOfCellProperties,
  formatOfStyle,
  isEmptyFormat,
  unionFormat,
} from "./cellFormats";
import { LEGACY_BYTES_PER_CELL, queueCellProperties } from "./cellProperties";
import type { XlCellProperties, XlContext, XlRange, XlWorksheetCollection } from "./excelApi";
import { tableRanges } from "./gridReads";
import { groupByWeight, limitRectangles, toRectangles, type WriteRect } from "./rectangles";
import { markerName, refOf } from "./readSheets";
import { tableRef, type ExcelSession } from "./session";
import { refuseSpilledCells, spillLoad } from "./spillCheck";
import { isFormulaEntry } from "./writeCommands";

/** Response bytes per snapshot cell (values + formulas + number format, and the fill when read), generously. */
const SNAPSHOT_BYTES_PER_CELL = 100;
const SNAPSHOT_BYTES_PER_CELL_WITH_FILLS = 160;

/**
 * What a plan changed in one cell of a rectangle: only these are restored by undo. `style`: the formats its styles
 * set there (bold, wrap, borders, fill, font…), null when none.
 */
export type Touched = { content: boolean; format: boolean; style: CellFormat | null };

/** The cells of one rectangle as they were before a plan wrote them. */
export type RectSnapshot = {
  readonly sheet: string;
  readonly ref: RangeRef;
  readonly formulas: unknown[][];
  readonly values: unknown[][];
  readonly valueTypes: unknown[][];
  readonly numberFormat: string[][];
  /**
   * Per cell, the formats the plan's styles change there as they were (`getCellProperties` with ExcelApi 1.9, 1.1
   * properties per styled cell below it: `cellProperties.ts`); null when there is no style in the rectangle.
   */
  readonly formats: CellFormat[][] | null;
  /** Which part of each cell the plan wrote (null entries elsewhere: left alone by undo). */
  readonly touched: (Touched | null)[][];
};

export type SnapshotRects = Map<SheetPlan, { rect: WriteRect; snap: RectSnapshot | null }[]>;

/** Sync 1 of apply: what the plan will overwrite, and what undo needs to find the written rows again. */
export type Snapshot = {
  readonly action: string;
  readonly snaps: readonly RectSnapshot[];
  readonly rects: SnapshotRects;
  readonly markerNames: ReadonlyMap<SheetPlan, string>;
  readonly charts: readonly { readonly sheet: string; readonly name: string }[];
  /** `Worksheet.id` per sheet (lower-case name), as the workbook was before the write. */
  readonly ids: ReadonlyMap<string, string>;
  /** Merges of the plan not made because cells other than their top-left hold data (`mergeKey`). */
  readonly blockedMerges: ReadonlySet<string>;
  /** The written rows of each existing sheet as they were (their unwritten cells identify them); null: too big. */
  readonly bands: ReadonlyMap<string, SheetNow | null>;
};

export const mergeKey = (sheet: string, m: RangeRef): string =>
  `${sheet.toLowerCase()}!${rangeToA1(m)}`;

/** Whether a cell of the area other than its top-left holds a value (unknown: treated as holding one). */
function holdsDataBesideTopLeft(range: XlRange): boolean {
  try {
    return range.values.some((row, i) =>
      row.some((v, j) => (i > 0 || j > 0) && v !== "" && v !== null)
    );
  } catch {
    return true;
  }
}

type Band = { sheet: string; range: XlRange };

/** The written rows of each existing sheet (values only), when they fit in one response with the snapshot. */
function queueRowBands(sheets: XlWorksheetCollection, plan: WritePlan, maxCells: number): Band[] {
  return plan.sheets.flatMap((sp) => {
    if (sp.create || sp.writes.length === 0) return [];
    const top = Math.min(...sp.writes.map((w) => w.row));
    const bottom = Math.max(...sp.writes.map((w) => w.row));
    if ((bottom - top + 1) * 64 > maxCells / 4) return [];
    const ws = sheets.getItemOrNullObject(sp.sheet);
    const range = ws
      .getUsedRangeOrNullObject(true)
      .getIntersectionOrNullObject(`A${top}:XFD${bottom}`);
    range.load("address, values, formulas");
    return [{ sheet: sp.sheet, range }];
  });
}

function readBands(bands: readonly Band[]): Map<string, SheetNow | null> {
  const out = new Map<string, SheetNow | null>();
  for (const b of bands) {
    try {
      if (b.range.isNullObject) continue;
      const ref = refOf(b.range);
      const values = b.range.values;
      const formulas = b.range.formulas.map((row, i) =>
        row.map((f, j) => (isFormulaEntry(f, values[i]?.[j]) ? f : null))
      );
      out.set(b.sheet.toLowerCase(), {
        top: ref.top,
        left: ref.left,
        values,
        formulas,
        numberFormats: [],
      });
    } catch {
      // Not read (the snapshot was read in halves): undo then compares in place.
      out.set(b.sheet.toLowerCase(), null);
    }
  }
  return out;
}

/** Sync 1 of apply: current contents of every rectangle the plan writes, and which sheets exist. */
export async function snapshot(
  session: ExcelSession,
  context: XlContext,
  plan: WritePlan,
  nextChart: () => number
): Promise<Snapshot> {
  const withFills = session.supports("ExcelApi", "1.9");
  const withMerges = session.supports("ExcelApi", "1.13");
  const touchMaps = new Map<SheetPlan, Map<string, Touched>>();
  // Excel also refuses responses over 5 MB: read the cells to snapshot in groups sized by a per-cell estimate.
  const maxCells = Math.floor(
    session.maxRequestBytes /
      (withFills ? SNAPSHOT_BYTES_PER_CELL_WITH_FILLS : SNAPSHOT_BYTES_PER_CELL)
  );
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id");
  const bands = queueRowBands(sheets, plan, maxCells);
  const names = context.workbook.names;
  names.load("items/name");
  // Tables on the sheets written: a formula into a table column would fill the whole column. The ranges of the
  // tables known from the last read are read again here, in the same sync: the officer may have resized one
  // since (typed just below it, dragged its handle — office-js #3013, #3191).
  const tableLists = plan.sheets
    .filter((sp) => !sp.create)
    .map((sp) => {
      const t = sheets.getItemOrNullObject(sp.sheet).tables;
      t.load("items/name, items/showHeaders");
      const fresh = (session.tables.get(sp.sheet.toLowerCase()) ?? []).map((k) => {
        const range = t.getItemOrNullObject(k.name).getRange();
        range.load("address");
        return { name: k.name, range };
      });
      return { sheet: sp.sheet, t, fresh };
    });
  // Merge areas of the plan on existing sheets: a merge keeps only the top-left value, so one over data is not made.
  const mergeAreas = plan.sheets
    .filter((sp) => !sp.create)
    .flatMap((sp) =>
      (sp.merges ?? []).map((m) => {
        const range = sheets.getItemOrNullObject(sp.sheet).getRange(rangeToA1(m));
        range.load("values");
        // A merge already there (ExcelApi 1.13) is the officer's: merging again would make undo unmerge it.
        const merged = withMerges ? range.getMergedAreasOrNullObject() : null;
        merged?.load("address");
        return { sheet: sp.sheet, m, range, merged };
      })
    );
  type ToRead = { plan: SheetPlan; rect: WriteRect };
  type Pending = ToRead & {
    range: XlRange | null;
    props: { readonly value: XlCellProperties[][] } | null;
  };
  const pending: Pending[] = [];
  const toRead: ToRead[] = [];
  for (const sp of plan.sheets) {
    for (const rect of limitRectangles(toRectangles(sp.writes), maxCells))
      toRead.push({ plan: sp, rect });
  }
  const cellsOf = (r: RangeRef) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
  /** Queue and sync one group of reads; if Excel says the response is too big, read it in halves. */
  const readGroup = async (group: readonly ToRead[]): Promise<void> => {
    const queued: Pending[] = group.map(({ plan: sp, rect }) => {
      const range = sp.create
        ? null
        : sheets.getItemOrNullObject(sp.sheet).getRange(rangeToA1(rect.ref));
      range?.load(`values, formulas, numberFormat, valueTypes${spillLoad(session)}`);
      const keys = styleKeys(sp, rect, touchMaps);
      // The formats the plan's styles change (ExcelApi 1.9 per rectangle; below it, per styled cell).
      const props =
        range && !isEmptyFormat(keys)
          ? queueCellProperties(session, range, rect.ref, cellPropertiesOptions(keys), (r, c) =>
              Boolean(touchedAt(sp, r, c, touchMaps)?.style)
            )
          : null;
      return { plan: sp, rect, range, props };
    });
    try {
      await context.sync();
    } catch (e) {
      const halves = isResponseTooLarge(e) ? halve(group) : null;
      if (!halves) throw e;
      for (const half of halves) await readGroup(half);
      return;
    }
    pending.push(...queued);
  };
  // Below 1.9 each styled cell is read on its own: it weighs as many cells as its loads cost.
  const legacyWeight = withFills ? 0 : Math.ceil(LEGACY_BYTES_PER_CELL / SNAPSHOT_BYTES_PER_CELL);
  const weight = (x: ToRead) =>
    x.plan.create ? 0 : cellsOf(x.rect.ref) + legacyWeight * styledCells(x.plan, x.rect, touchMaps);
  const groups = groupByWeight(toRead, weight, maxCells);
  // One sync for any plan up to ~25,000 cells; more only for bigger plans (each group is a separate response).
  for (const group of groups.length > 0 ? groups : [[]]) await readGroup(group);
  const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  for (const sp of plan.sheets) {
    const found = existing.has(sp.sheet.toLowerCase());
    if (sp.create && found) throw new HostError("SHEET_EXISTS", { sheet: sp.sheet });
    if (!sp.create && !found) throw new HostError("SHEET_NOT_FOUND", { sheet: sp.sheet });
    if (!sp.create && (sp.tables?.length ?? 0) > 0)
      throw new UsageError(`tables are created on new sheets only (${sp.sheet})`);
  }
  // Cells a dynamic array spilled into are never written (one more sync, only when a rectangle has spill borders).
  await refuseSpilledCells(
    session,
    context,
    pending.flatMap((p) => (p.range ? [{ sheet: p.plan.sheet, rect: p.rect, range: p.range }] : []))
  );
  // Tables not seen by the last read of their sheet: one more sync for their ranges.
  for (const { sheet, t, fresh } of tableLists) {
    // The officer may also have turned a table's header row off since (its first row is then data).
    const headers = new Map(t.items.map((x) => [x.name, x.showHeaders]));
    const known = fresh
      .filter((f) => !f.range.isNullObject)
      .map((f) => tableRef(f.name, refOf(f.range), headers.get(f.name) ?? true));
    session.tables.set(sheet.toLowerCase(), known);
    const items = t.items;
    if (items.length !== known.length || items.some((x) => !known.some((k) => k.name === x.name)))
      await tableRanges(session, context, sheet, items);
  }
  const blockedMerges = new Set(
    mergeAreas
      .filter((a) => holdsDataBesideTopLeft(a.range) || (a.merged && !a.merged.isNullObject))
      .map((a) => mergeKey(a.sheet, a.m))
  );
  const takenNames = new Set(names.items.map((n) => n.name.toLowerCase()));
  const markerNames = new Map<SheetPlan, string>();
  for (const sp of plan.sheets) {
    if (sp.marker === undefined) continue;
    const name = markerName(sp.marker, takenNames);
    takenNames.add(name.toLowerCase());
    markerNames.set(sp, name);
  }
  const rects = new Map<SheetPlan, { rect: WriteRect; snap: RectSnapshot | null }[]>();
  const snaps: RectSnapshot[] = [];
  for (const p of pending) {
    const list = rects.get(p.plan) ?? [];
    rects.set(p.plan, list);
    if (!p.range) {
      list.push({ rect: p.rect, snap: null });
      continue;
    }
    const props = p.props?.value ?? null;
    const snap: RectSnapshot = {
      sheet: existing.get(p.plan.sheet.toLowerCase()) ?? p.plan.sheet,
      ref: p.rect.ref,
      values: p.range.values,
      formulas: p.range.formulas,
      valueTypes: p.range.valueTypes,
      touched: p.rect.cells.map((row, i) =>
        row.map((_, j) => touchedAt(p.plan, p.rect.ref.top + i, p.rect.ref.left + j, touchMaps))
      ),
      numberFormat: p.range.numberFormat.map((row) =>
        row.map((f) => (typeof f === "string" ? f : "General"))
      ),
      formats: props ? props.map((row) => row.map((c) => formatOfCellProperties(c))) : null,
    };
    snaps.push(snap);
    list.push({ rect: p.rect, snap });
  }
  const charts = plan.sheets.flatMap((sp) =>
    (sp.charts ?? []).map(() => ({
      sheet: sp.sheet,
      name: `giamngheo-${plan.action}-${nextChart()}`,
    }))
  );
  return {
    action: plan.action,
    snaps,
    rects,
    markerNames,
    charts,
    ids: new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.id])),
    bands: readBands(bands),
    blockedMerges,
  };
}

function isResponseTooLarge(e: unknown): boolean {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded"
  );
}

/** Two halves of a group of reads (by item, or a single rectangle by rows); null when it cannot be split. */
function halve<T extends { rect: WriteRect }>(group: readonly T[]): T[][] | null {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const only = group[0];
  if (!only || only.rect.cells.length < 2) return null;
  const mid = Math.ceil(only.rect.cells.length / 2);
  const [a, b] = limitRectangles([only.rect], mid * (only.rect.ref.right - only.rect.ref.left + 1));
  return a && b ? [[{ ...only, rect: a }], [{ ...only, rect: b }]] : null;
}

/**
 * What a sheet plan changes in one cell, over all its writes to that cell (a later write may set only a format
 * where an earlier one set the fill). A formula into a Text cell also changes the number format.
 */
export function touchedAt(
  sp: SheetPlan,
  row: number,
  col: number,
  cache: Map<SheetPlan, Map<string, Touched>>
): Touched | null {
  let map = cache.get(sp);
  if (!map) {
    map = new Map();
    for (const w of sp.writes) {
      const key = `${w.row}:${w.col}`;
      const t = map.get(key) ?? { content: false, format: false, style: null };
      t.content ||= w.cell !== undefined;
      t.format ||= w.numberFormat !== undefined || (w.cell !== undefined && "formula" in w.cell);
      if (w.style) t.style = unionFormat(t.style ?? {}, formatOfStyle(w.style));
      map.set(key, t);
    }
    cache.set(sp, map);
  }
  return map.get(`${row}:${col}`) ?? null;
}

/** How many cells of a rectangle the plan's styles change. */
function styledCells(
  sp: SheetPlan,
  rect: WriteRect,
  cache: Map<SheetPlan, Map<string, Touched>>
): number {
  let n = 0;
  rect.cells.forEach((row, i) =>
    row.forEach((_, j) => {
      if (touchedAt(sp, rect.ref.top + i, rect.ref.left + j, cache)?.style) n++;
    })
  );
  return n;
}

/** Every format part the plan's styles change somewhere in a rectangle (what its snapshot reads). */
function styleKeys(
  sp: SheetPlan,
  rect: WriteRect,
  cache: Map<SheetPlan, Map<string, Touched>>
): CellFormat {
  let keys: CellFormat = {};
  rect.cells.forEach((row, i) =>
    row.forEach((_, j) => {
      const style = touchedAt(sp, rect.ref.top + i, rect.ref.left + j, cache)?.style;
      if (style) keys = unionFormat(keys, style);
    })
  );
  return keys;
}
