import { editedCells, planSheetUndo, rangeToA1, toA1, undoOutcome } from "../core";
import type {
  CellAt,
  CellWrite,
  JournalCell,
  JournalCreatedSheet,
  JournalEntry,
  JournalSheet,
  KeptCell,
  SheetNow,
  UndoOptions,
  UndoResult,
  WritePlan,
  WrittenContent,
} from "../core";
import { inTableBody, rowKeysOf, shiftFormula } from "../core";
import type { XlChart, XlContext, XlRange, XlWorksheet } from "./excelApi";
import { readInParts, refOf } from "./readSheets";
import { fromExcelValues } from "./fromExcelValues";
import { cellWritten } from "./planCommands";
import { toRectangles } from "./rectangles";
import type { ExcelSession, TableRef } from "./session";
import { mergeKey, type Snapshot, type Touched } from "./snapshot";
import { encodeRestore, isFormulaEntry, splitMatrix, type WriteCommand } from "./writeCommands";

/** How a cell is put back: what the snapshot read before the write, and which parts the plan changed. */
export type ExcelRestore = {
  readonly formula: unknown;
  readonly value: unknown;
  readonly valueType: unknown;
  readonly numberFormat: string;
  /** undefined: not captured (below ExcelApi 1.9). */
  readonly fill: string | null | undefined;
  readonly font: { name?: string; size?: number } | null | undefined;
  readonly touched: Touched;
};

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
          const formulaIntoText =
            w?.cell && "formula" in w.cell && (w.numberFormat ?? snap.numberFormat[i]?.[j]) === "@";
          cells.push({
            row: r,
            col: c,
            wrote: {
              content: touched.content ? wroteContent(w, tables) : null,
              numberFormat: formulaIntoText ? "General" : (w?.numberFormat ?? null),
            },
            formulaBefore: isFormulaEntry(snap.formulas[i]?.[j], snap.values[i]?.[j])
              ? (snap.formulas[i]?.[j] as string)
              : null,
            contentBefore: contentBefore(snap.formulas[i]?.[j], snap.values[i]?.[j]),
            restore: {
              formula: snap.formulas[i]?.[j],
              value: snap.values[i]?.[j],
              valueType: snap.valueTypes[i]?.[j],
              numberFormat: snap.numberFormat[i]?.[j] ?? "General",
              fill: snap.fills ? (snap.fills[i]?.[j] ?? null) : undefined,
              font: snap.fonts ? (snap.fonts[i]?.[j] ?? null) : undefined,
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

type SheetRead = {
  readonly ws: XlWorksheet;
  readonly used: XlRange;
  /** Read in row slices when the sheet was too big for one response. */
  now?: SheetNow;
};

/** Response bytes per cell read back (values, formulas, number format, value type), generously. */
const READ_BYTES_PER_CELL = 100;

function queueSheetRead(context: XlContext, id: string, whole: boolean): SheetRead {
  const ws = context.workbook.worksheets.getItemOrNullObject(id);
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(false);
  if (whole) used.load("address, values, formulas, numberFormat, valueTypes");
  else used.load("address");
  return { ws, used };
}

function sheetNow(read: SheetRead): SheetNow | null {
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

function isResponseTooLarge(e: unknown): boolean {
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
async function readSheets(
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

/** The undo of an entry: sync 1 reads every sheet it wrote (by id) and its charts; then the restore commands. */
export type UndoWork = { readonly result: UndoResult; readonly commands: readonly WriteCommand[] };

/**
 * Sync 1 of undo: each written sheet's used range as it is now (found by `Worksheet.id`, so a rename does not
 * matter), the created sheets, the charts. Then, in core, compare and follow; here, the commands that restore the
 * cells still holding what the plan wrote, where they are now. A created sheet the officer typed into stops it
 * ("confirm") unless `options.confirm`.
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
  const queueCharts = () => {
    charts = entry.host.charts.map((c) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(c.sheetId);
      const proxy = ws.charts.getItemOrNullObject(c.name);
      ws.load("name");
      proxy.load("name");
      return { c, proxy, ws };
    });
  };
  const all = await readSheets(
    session,
    context,
    [...entry.sheets.map((s) => s.sheetId), ...entry.created.map((c) => c.sheetId)],
    queueCharts
  );
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
  const commands: WriteCommand[] = [];
  const restored: CellAt[] = [];
  const kept: KeptCell[] = [];
  let sheetGone = false;
  for (const { s, read } of reads) {
    const now = sheetNow(read);
    if (!now) {
      sheetGone = true;
      continue;
    }
    const sheet = read.ws.name;
    const plan = planSheetUndo(s, now, sheet);
    for (const m of plan.unmerge) commands.push({ kind: "unmerge", sheet, address: rangeToA1(m) });
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

type Restore = {
  readonly cell: JournalCell<ExcelRestore>;
  readonly row: number;
  readonly col: number;
};

/**
 * The restore of one sheet's cells at their places now: contents and number formats as whole 2-D arrays per
 * rectangle with null elsewhere (Office.js leaves those alone), fills and fonts per cell.
 */
function restoreCommands(
  sheet: string,
  cells: readonly Restore[],
  maxBytes: number
): WriteCommand[] {
  const at = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  const commands: WriteCommand[] = [];
  const perCell: WriteCommand[] = [];
  for (const rect of toRectangles(cells.map((c) => ({ row: c.row, col: c.col })))) {
    let anyContent = false;
    let anyFormat = false;
    const cellAt = (i: number, j: number) =>
      at.get(`${rect.ref.top + i}:${rect.ref.left + j}`)?.cell.restore;
    const contents = rect.cells.map((row, i) =>
      row.map((_, j) => {
        const c = at.get(`${rect.ref.top + i}:${rect.ref.left + j}`);
        const r = c?.cell.restore;
        if (!c || !r?.touched.content) return null;
        anyContent = true;
        // An old formula put back where its row is now: its references move with it, as Excel moves them.
        const formula =
          isFormulaEntry(r.formula, r.value) && (c.row !== c.cell.row || c.col !== c.cell.col)
            ? shiftFormula(r.formula, { rows: c.row - c.cell.row, cols: c.col - c.cell.col })
            : r.formula;
        return encodeRestore(formula, r.value, r.numberFormat, r.valueType);
      })
    );
    const formats = rect.cells.map((row, i) =>
      row.map((_, j) => {
        const r = cellAt(i, j);
        if (!r?.touched.format) return null;
        anyFormat = true;
        return r.numberFormat;
      })
    );
    if (anyFormat)
      commands.push(...splitMatrix(sheet, "numberFormat", rect.ref, formats, maxBytes));
    if (anyContent) commands.push(...splitMatrix(sheet, "formulas", rect.ref, contents, maxBytes));
  }
  for (const c of cells) {
    const r = c.cell.restore;
    const address = toA1(c.row, c.col);
    if (r.touched.fill && r.fill !== undefined)
      perCell.push({ kind: "fill", sheet, address, color: r.fill });
    if (r.touched.font && r.font) perCell.push({ kind: "font", sheet, address, ...r.font });
  }
  return [...commands, ...perCell];
}
