import { editedCells, planSheetUndo, rangeToA1, toA1, undoOutcome } from "../core";
import type {
  CellAt,
  CellWrite,
  JournalCell,
  JournalCreatedSheet,
  JournalEntry,
  JournalSheet,
  KeptCell,
  UndoOptions,
  UndoResult,
  WritePlan,
  WrittenContent,
} from "../core";
import { inTableBody, pickFormat, rowKeysOf } from "../core";
import type { CellFormat, RangeRef, SheetUndo } from "../core";
import { unionFormat } from "./cellFormats";
import type { XlChart, XlContext, XlRangeAreas, XlWorksheet } from "./excelApi";
import { parseAreasAddress } from "./fromExcelValues";
import { cellWritten } from "./planCommands";
import type { ExcelSession, TableRef } from "./session";
import { mergeKey, type Snapshot } from "./snapshot";
import {
  queueFormats,
  readFormats,
  readSheets,
  sheetNow,
  type FormatPlace,
  type FormatsNow,
  type SheetRead,
} from "./undoReads";
import { restoreCommands, type ExcelRestore } from "./undoRestore";
import { isFormulaEntry, type WriteCommand } from "./writeCommands";

export type { ExcelRestore } from "./undoRestore";

export type ExcelHostPart = {
  readonly charts: readonly { readonly sheetId: string; readonly name: string }[];
  /** Defined names the plan added (generated-sheet markers), deleted by undo. */
  readonly names: readonly string[];
};

export type ExcelEntry = JournalEntry<ExcelRestore, ExcelHostPart>;

/** What the plan put in a cell, as the compare reads it back (a formula in a table body went in as its value). */
function wroteContent(
  w: CellWrite | undefined,
  tables: readonly TableRef[]
): WrittenContent | null {
  if (!w?.cell) return null;
  const c = cellWritten(w.cell, w.row, w.col, tables);
  return "formula" in c ? { formula: c.formula } : { value: c.value };
}

/** What a snapshot cell held, as the compare reads it (errors by their text, "" as empty). */
function contentBefore(formula: unknown, value: unknown): WrittenContent {
  if (isFormulaEntry(formula, value)) return { formula };
  if (typeof value === "number" || typeof value === "boolean") return { value };
  return { value: typeof value === "string" && value !== "" ? value : null };
}

/**
 * The journal entry of a write that settled: per existing sheet (by `Worksheet.id`) each touched cell with what the
 * plan wrote there and its snapshot; the written rows' keys (from the snapshot's row bands); the created sheets by id.
 */
export function journalEntry(
  session: ExcelSession,
  plan: WritePlan,
  snapshot: Snapshot,
  createdIds: ReadonlyMap<string, string>,
  partial: boolean
): ExcelEntry {
  const sheets: JournalSheet<ExcelRestore>[] = [];
  const created: JournalCreatedSheet[] = [];
  for (const sp of plan.sheets) {
    const lower = sp.sheet.toLowerCase();
    if (sp.create) {
      const wrote = new Map<string, WrittenContent>();
      for (const w of sp.writes) {
        const c = wroteContent(w, []);
        if (c && !("value" in c && (c.value === null || c.value === "")))
          wrote.set(toA1(w.row, w.col), c);
      }
      const id = createdIds.get(lower);
      if (id !== undefined) created.push({ sheetId: id, sheet: sp.sheet, wrote });
      continue;
    }
    const sheetId = snapshot.ids.get(lower);
    if (sheetId === undefined) continue;
    const tables = session.tables.get(lower) ?? [];
    const cells: JournalCell<ExcelRestore>[] = [];
    for (const { rect, snap } of snapshot.rects.get(sp) ?? []) {
      if (!snap) continue;
      snap.touched.forEach((row, i) =>
        row.forEach((touched, j) => {
          if (!touched) return;
          const w = rect.cells[i]?.[j];
          const r = snap.ref.top + i;
          const c = snap.ref.left + j;
          // The formats the plan's styles change, as they were (per cell below 1.9): compared, then put back.
          const before = snap.formats?.[i]?.[j];
          const format = touched.style && before ? pickFormat(before, touched.style) : null;
          const formulaIntoText =
            w?.cell && "formula" in w.cell && (w.numberFormat ?? snap.numberFormat[i]?.[j]) === "@";
          cells.push({
            row: r,
            col: c,
            wrote: {
              content: touched.content ? wroteContent(w, tables) : null,
              numberFormat: formulaIntoText ? "General" : (w?.numberFormat ?? null),
              ...(format && touched.style ? { format: touched.style } : {}),
            },
            formulaBefore: isFormulaEntry(snap.formulas[i]?.[j], snap.values[i]?.[j])
              ? (snap.formulas[i]?.[j] as string)
              : null,
            contentBefore: contentBefore(snap.formulas[i]?.[j], snap.values[i]?.[j]),
            ...(format ? { formatBefore: format } : {}),
            restore: {
              formula: snap.formulas[i]?.[j],
              value: snap.values[i]?.[j],
              valueType: snap.valueTypes[i]?.[j],
              numberFormat: snap.numberFormat[i]?.[j] ?? "General",
              format,
              touched,
            },
          });
        })
      );
    }
    const written = new Map<number, Set<number>>();
    for (const c of cells) written.set(c.row, (written.get(c.row) ?? new Set()).add(c.col));
    const band = snapshot.bands.get(lower);
    sheets.push({
      sheetId,
      sheet: sp.sheet,
      cells,
      rowKeys: band ? rowKeysOf(band, written) : new Map(),
      merges: (sp.merges ?? []).filter((m) => !snapshot.blockedMerges.has(mergeKey(sp.sheet, m))),
    });
  }
  const charts = snapshot.charts.flatMap((c) => {
    const id = snapshot.ids.get(c.sheet.toLowerCase()) ?? createdIds.get(c.sheet.toLowerCase());
    return id === undefined ? [] : [{ sheetId: id, name: c.name }];
  });
  return {
    action: plan.action,
    sheets,
    created,
    partial,
    host: { charts, names: [...snapshot.markerNames.values()] },
  };
}

/** The undo of an entry: sync 1 reads every sheet it wrote (by id) and its charts; then the restore commands. */
export type UndoWork = { readonly result: UndoResult; readonly commands: readonly WriteCommand[] };

type MergeRead = { readonly sheetId: string; readonly m: RangeRef; readonly areas: XlRangeAreas };

/**
 * Sync 1 of undo: each written sheet's used range as it is now (found by `Worksheet.id`, so a rename does not
 * matter), the formats of the cells whose styles the plan set, the plan's merged areas, the created sheets, the
 * charts. Then, in core, compare and follow; here, the commands that restore the cells still holding what the plan
 * wrote — contents and formats — where they are now. A cell whose rows moved is compared by its formats where it
 * is now: one more sync, only then. A created sheet the officer typed into stops it ("confirm") unless
 * `options.confirm`.
 */
export async function prepareUndo(
  session: ExcelSession,
  context: XlContext,
  entry: ExcelEntry,
  options: UndoOptions,
  maxBytes: number
): Promise<UndoWork> {
  type ChartRead = { c: { sheetId: string; name: string }; proxy: XlChart; ws: XlWorksheet };
  let charts: ChartRead[] = [];
  let merges: MergeRead[] = [];
  let takeFormats: (() => FormatsNow) | null = null;
  const places: FormatPlace[] = entry.sheets.flatMap((s) =>
    s.cells.flatMap((c) =>
      c.wrote.format ? [{ sheetId: s.sheetId, row: c.row, col: c.col, keys: c.wrote.format }] : []
    )
  );
  const withMerges = session.supports("ExcelApi", "1.13");
  const queueRest = () => {
    charts = entry.host.charts.map((c) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(c.sheetId);
      const proxy = ws.charts.getItemOrNullObject(c.name);
      ws.load("name");
      proxy.load("name");
      return { c, proxy, ws };
    });
    takeFormats = places.length > 0 ? queueFormats(session, context, places) : () => new Map();
    merges = !withMerges
      ? []
      : entry.sheets.flatMap((s) =>
          s.merges.map((m) => {
            const ws = context.workbook.worksheets.getItemOrNullObject(s.sheetId);
            const areas = ws.getRange(rangeToA1(m)).getMergedAreasOrNullObject();
            areas.load("address");
            return { sheetId: s.sheetId, m, areas };
          })
        );
  };
  const all = await readSheets(
    session,
    context,
    [...entry.sheets.map((s) => s.sheetId), ...entry.created.map((c) => c.sheetId)],
    queueRest
  );
  const take = takeFormats as (() => FormatsNow) | null;
  const formats: FormatsNow = take ? take() : new Map();
  if (!take) await readFormats(session, context, places, formats);
  const reads = entry.sheets.map((s, i) => ({ s, read: all[i] as SheetRead }));
  const createdReads = entry.created.map((c, i) => ({
    c,
    read: all[entry.sheets.length + i] as SheetRead,
  }));
  if (!options.confirm) {
    const edited = createdReads.flatMap(({ c, read }) => {
      const now = sheetNow(read);
      const cells = now ? editedCells(c, now) : [];
      return cells.length > 0 ? [{ sheet: read.ws.name, cells }] : [];
    });
    if (edited.length > 0)
      return { result: { status: "confirm", action: entry.action, edited }, commands: [] };
  }
  const plans = await planSheets(session, context, reads, formats);
  const commands: WriteCommand[] = [];
  const restored: CellAt[] = [];
  const kept: KeptCell[] = [];
  let sheetGone = false;
  for (const { s, read, plan } of plans) {
    if (!plan) {
      sheetGone = true;
      continue;
    }
    const sheet = read.ws.name;
    for (const m of plan.unmerge)
      if (stillMergedAsMade(s.sheetId, s.merges, m, merges))
        commands.push({ kind: "unmerge", sheet, address: rangeToA1(m) });
    const tables = session.tables.get(sheet.toLowerCase()) ?? [];
    const ok = plan.restore.filter((r) => {
      // A formula written back into a table column would fill the whole column (office-js #2093): kept.
      const isFormula =
        r.cell.restore.touched.content &&
        typeof r.cell.restore.formula === "string" &&
        r.cell.restore.formula.startsWith("=") &&
        r.cell.restore.formula !== r.cell.restore.value;
      if (isFormula && inTableBody(tables, r.row, r.col)) {
        kept.push({ sheet, address: toA1(r.row, r.col), reason: "table" });
        return false;
      }
      return true;
    });
    commands.push(...restoreCommands(sheet, ok, maxBytes));
    restored.push(...ok.map((r) => ({ sheet, address: toA1(r.row, r.col) })));
    kept.push(...plan.kept);
  }
  for (const { c, proxy, ws } of charts)
    if (!proxy.isNullObject && !ws.isNullObject)
      commands.push({ kind: "deleteChart", sheet: ws.name, name: c.name });
  for (const name of entry.host.names) commands.push({ kind: "deleteName", name });
  const deleted: string[] = [];
  for (const { read } of createdReads) {
    if (read.ws.isNullObject) continue;
    deleted.push(read.ws.name);
    commands.push({ kind: "deleteSheet", sheet: read.ws.name });
  }
  return {
    result: undoOutcome(entry.action, restored, kept, deleted, entry.partial, sheetGone),
    commands,
  };
}

type Read = { readonly s: JournalSheet<ExcelRestore>; readonly read: SheetRead };

/**
 * Compare and follow each sheet (core). Cells whose rows moved are compared by their formats where they are now:
 * those places are read (one more sync, for all sheets at once) and the sheets planned again.
 */
async function planSheets(
  session: ExcelSession,
  context: XlContext,
  reads: readonly Read[],
  formats: FormatsNow
) {
  const planOf = ({ s, read }: Read) => {
    const now = sheetNow(read);
    if (!now) return null;
    const map = formats.get(s.sheetId);
    return planSheetUndo(s, map ? { ...now, formats: map } : now, read.ws.name);
  };
  let plans = reads.map((r) => ({ ...r, plan: planOf(r) }));
  const unread: FormatPlace[] = plans.flatMap(({ s, plan }) =>
    (plan?.unread ?? []).map((p) => ({ sheetId: s.sheetId, ...p, keys: keysAt(s, plan, p) }))
  );
  if (unread.length > 0) {
    await readFormats(session, context, unread, formats);
    plans = reads.map((r) => ({ ...r, plan: planOf(r) }));
  }
  return plans;
}

/** The format parts compared at a place (those of the journal cell found there; all parts when unsure). */
function keysAt(
  s: JournalSheet<ExcelRestore>,
  plan: SheetUndo<ExcelRestore> | null,
  p: { row: number; col: number }
): CellFormat {
  const found = plan?.restore.find((r) => r.row === p.row && r.col === p.col);
  return (
    found?.cell.wrote.format ??
    s.cells.reduce<CellFormat>((k, c) => (c.wrote.format ? unionFormat(k, c.wrote.format) : k), {})
  );
}

/**
 * Whether the plan's merged area `m` (where it is now) is still merged as the plan made it: undo unmerges only then
 * (the officer may have unmerged it or merged it otherwise since). Known where the area did not move (ExcelApi
 * 1.13); an area that moved with its rows is unmerged.
 */
function stillMergedAsMade(
  sheetId: string,
  made: readonly RangeRef[],
  m: RangeRef,
  reads: readonly MergeRead[]
): boolean {
  const same = (a: RangeRef, b: RangeRef) => rangeToA1(a) === rangeToA1(b);
  if (!made.some((x) => same(x, m))) return true;
  const read = reads.find((r) => r.sheetId === sheetId && same(r.m, m));
  if (!read) return true;
  if (read.areas.isNullObject) return false;
  const areas = parseAreasAddress(read.areas.address);
  return areas.length === 1 && same(areas[0] as RangeRef, m);
}
