import { rangeToA1, toA1 } from "../core";
import type {
  ApplyResult,
  CellsChanged,
  CellWrite,
  Grid,
  RangeRef,
  SheetPlan,
  WorkbookHost,
  WritePlan,
} from "../core";
import { HostError } from "../core";
import { UsageError } from "../core";
import type { XlContext, XlRange, XlRequirementProbe, XlRun, XlSettings } from "./excelApi";
import { fromExcelValues } from "./fromExcelValues";
import { officeRequirements, officeRun, officeSettings } from "./officeRuntime";
import { queueCommands } from "./queueCommands";
import { groupByWeight, limitRectangles, toRectangles, type WriteRect } from "./rectangles";
import { toHostError } from "./toHostError";
import { watchSheetChanges } from "./watchChanges";
import {
  charsToPoints,
  chunkCommands,
  encodePlanCell,
  encodeRestore,
  MAX_REQUEST_BYTES,
  splitMatrix,
  type WriteCommand,
} from "./writeCommands";

/** Response bytes per snapshot cell (values + formulas + number format, and the fill when read), generously. */
const SNAPSHOT_BYTES_PER_CELL = 100;
const SNAPSHOT_BYTES_PER_CELL_WITH_FILLS = 160;

/** Fill used by `highlight` (light yellow, the same as the xlsx host). */
export const HIGHLIGHT_COLOR = "#FFEB9C";

export type ExcelHostOptions = {
  /** `Excel.run` (default) or a fake's `run`. */
  readonly run?: XlRun;
  /** `Office.context.requirements.isSetSupported` (default) or a fake's probe. */
  readonly requirements?: XlRequirementProbe;
  /** `Office.context.document.settings` (default, resolved on first use) or a fake's. */
  readonly settings?: XlSettings;
  /** Largest estimated payload per write sync (default 4 MB; Excel refuses requests over 5 MB). */
  readonly maxRequestBytes?: number;
};

/** The cells of one rectangle as they were before a plan wrote them. */
type RectSnapshot = {
  readonly sheet: string;
  readonly ref: RangeRef;
  readonly formulas: unknown[][];
  readonly values: unknown[][];
  readonly numberFormat: string[][];
  /** Fill colour per cell (null: no fill); null when ExcelApi 1.9 is missing and fills were not captured. */
  readonly fills: (string | null)[][] | null;
};

type UndoStep = {
  readonly action: string;
  readonly rects: readonly RectSnapshot[];
  readonly createdSheets: readonly string[];
  readonly charts: readonly { readonly sheet: string; readonly name: string }[];
};

type Highlight = { readonly sheet: string; readonly address: string; readonly fill: string | null };

/**
 * `WorkbookHost` over Office.js — the only class that talks to Excel. Every Office error becomes a HostError
 * with Vietnamese words. `context.sync()` calls per operation do not depend on the number of rows:
 *
 * | operation | syncs |
 * |---|---|
 * | `listSheets`, `activeSheet`, `readGrid`, `selectCell` | 1 |
 * | `clearHighlight` | 2 (which sheets still exist + restore fills) |
 * | `apply` | 2 (snapshot + write); more only for big plans: the snapshot reads ~25,000 cells per sync and the
 * |  | write is split into one request per 4 MB |
 * | `undo` | 2 (check what still exists + restore); 1 + N when the restore is over 4 MB |
 * | `highlight` | 2 (read original fills + write) |
 *
 * Text values are written with a leading apostrophe (Excel keeps it as the prefix character, so "=HYPERLINK(…)",
 * "98" or "TRUE" stay text and the number format is untouched); cells formatted as Text ("@") get the string as is.
 * Merged areas need ExcelApi 1.13 (`getMergedAreasOrNullObject`), captured fills 1.9 (`getCellProperties`),
 * data validation 1.8; without them a grid has no merges, undo/highlight restore "no fill", validations are skipped.
 * Undo restores values, formulas, number formats and (with 1.9) fills of every cell a plan wrote, deletes the
 * sheets and charts it created; it does not undo fonts, borders, merges, widths, validations or frozen panes.
 *
 * @example
 * const host = new ExcelHost(); // inside Office
 * const grid = await host.readGrid("Phụ lục");
 */
export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly run: XlRun;
  private readonly supports: XlRequirementProbe;
  private readonly settingsOverride: XlSettings | undefined;
  private readonly maxRequestBytes: number;
  private readonly undoStack: UndoStep[] = [];
  private highlights: Highlight[] = [];
  private chartCounter = 0;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? officeRun;
    this.supports = options.requirements ?? officeRequirements;
    this.settingsOverride = options.settings;
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  }

  async listSheets(): Promise<readonly string[]> {
    return this.guard("", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async activeSheet(): Promise<string> {
    return this.guard("", async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    });
  }

  /** One load, one sync: used range values/formulas/formats/address and its merged areas. */
  async readGrid(sheet: string): Promise<Grid> {
    const withMerges = this.supports("ExcelApi", "1.13");
    return this.guard(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address, values, formulas, numberFormat");
      const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
      merged?.load("address");
      await context.sync();
      if (ws.isNullObject) throw new HostError("SHEET_NOT_FOUND", { sheet });
      if (used.isNullObject) {
        return {
          sheet: ws.name,
          top: 1,
          left: 1,
          values: [[null]],
          formulas: [[null]],
          numberFormats: [["General"]],
          merges: [],
        };
      }
      return fromExcelValues({
        sheet: ws.name,
        address: used.address,
        values: used.values,
        formulas: used.formulas,
        numberFormat: used.numberFormat,
        mergedAddress: merged && !merged.isNullObject ? merged.address : null,
      });
    });
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    const sheetNames = plan.sheets.map((s) => s.sheet).join(", ");
    const step = await this.guard(sheetNames, async (context) => {
      const snapshot = await this.snapshot(context, plan);
      const commands = this.planCommands(plan, snapshot.rects, snapshot.step.charts);
      try {
        await this.sendChunks(context, commands);
      } catch (e) {
        await this.restoreAfterFailure(snapshot.step);
        throw e;
      }
      return snapshot.step;
    });
    this.undoStack.push(step);
    return {
      cellsWritten: plan.sheets.reduce(
        (n, s) => n + s.writes.filter((w) => w.cell !== undefined).length,
        0
      ),
      sheetsCreated: step.createdSheets,
    };
  }

  undoDepth(): number {
    return this.undoStack.length;
  }

  async undo(): Promise<boolean> {
    const step = this.undoStack[this.undoStack.length - 1];
    if (!step) return false;
    await this.guard("", (context) => this.restore(context, step));
    this.undoStack.pop();
    return true;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.guard(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  /** Batch 1 reads the cells' current fills (ExcelApi 1.9), batch 2 paints them. */
  async highlight(sheet: string, addresses: readonly string[]): Promise<void> {
    if (addresses.length === 0) return;
    const withFills = this.supports("ExcelApi", "1.9");
    await this.guard(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const fresh = addresses.filter(
        (a) => !this.highlights.some((h) => h.sheet === sheet && h.address === a)
      );
      const props = withFills
        ? fresh.map((a) =>
            ws.getRange(a).getCellProperties({ format: { fill: { color: true, pattern: true } } })
          )
        : [];
      ws.load("name");
      await context.sync();
      fresh.forEach((address, i) => {
        const p = props[i]?.value[0]?.[0]?.format?.fill;
        const fill = p && p.pattern !== "None" && p.color ? p.color : null;
        this.highlights.push({ sheet, address, fill });
      });
      queueCommands(
        context,
        addresses.map((address) => ({ kind: "fill", sheet, address, color: HIGHLIGHT_COLOR }))
      );
      await context.sync();
    });
  }

  async clearHighlight(): Promise<void> {
    if (this.highlights.length === 0) return;
    const restore = this.highlights;
    await this.guard("", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const existing = new Set(sheets.items.map((s) => s.name));
      queueCommands(
        context,
        restore
          .filter((h) => existing.has(h.sheet))
          .map((h) => ({ kind: "fill", sheet: h.sheet, address: h.address, color: h.fill }))
      );
      await context.sync();
    });
    this.highlights = [];
  }

  async loadSetting(key: string): Promise<string | null> {
    const settings = this.settings();
    const value = settings.get(key);
    return typeof value === "string" ? value : null;
  }

  async saveSetting(key: string, value: string): Promise<void> {
    const settings = this.settings();
    settings.set(key, value);
    await new Promise<void>((resolve, reject) => {
      settings.saveAsync({}, (result) => {
        const ok = result.status === "succeeded" || result.status === 0;
        if (ok) resolve();
        else
          reject(
            new HostError("SETTINGS_FAILED", {
              detail: result.error?.message ?? String(result.status),
            })
          );
      });
    });
  }

  private settings(): XlSettings {
    if (this.settingsOverride) return this.settingsOverride;
    try {
      return officeSettings();
    } catch (e) {
      throw toHostError(e);
    }
  }

  /** `worksheet.onChanged` (ExcelApi 1.7), one handler per call; see watchChanges.ts. */
  async onCellsChanged(
    sheet: string,
    listener: (change: CellsChanged) => void
  ): Promise<() => Promise<void>> {
    try {
      return await watchSheetChanges(this.run, this.supports, sheet, listener);
    } catch (e) {
      throw toHostError(e, sheet);
    }
  }

  /** Run a batch and turn every Office failure into a HostError (a UsageError — a caller's bug — passes through). */
  private async guard<T>(sheet: string, batch: (context: XlContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw toHostError(e, sheet);
    }
  }

  /** Sync 1 of apply: current contents of every rectangle the plan writes, and which sheets exist. */
  private async snapshot(
    context: XlContext,
    plan: WritePlan
  ): Promise<{
    step: UndoStep;
    rects: Map<SheetPlan, { rect: WriteRect; snap: RectSnapshot | null }[]>;
  }> {
    const withFills = this.supports("ExcelApi", "1.9");
    // Excel also refuses responses over 5 MB: read the cells to snapshot in groups sized by a per-cell estimate.
    const maxCells = Math.floor(
      this.maxRequestBytes /
        (withFills ? SNAPSHOT_BYTES_PER_CELL_WITH_FILLS : SNAPSHOT_BYTES_PER_CELL)
    );
    const sheets = context.workbook.worksheets;
    type ToRead = { plan: SheetPlan; rect: WriteRect };
    type Pending = ToRead & { range: XlRange | null; fills: { value: unknown } | null };
    const pending: Pending[] = [];
    const toRead: ToRead[] = [];
    for (const sp of plan.sheets) {
      for (const rect of limitRectangles(toRectangles(sp.writes), maxCells))
        toRead.push({ plan: sp, rect });
    }
    const cellsOf = (r: RangeRef) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
    /** Queue and sync one group of reads; if Excel says the response is too big, read it in halves. */
    const readGroup = async (group: readonly ToRead[]): Promise<void> => {
      sheets.load("items/name");
      const queued: Pending[] = group.map(({ plan: sp, rect }) => {
        const range = sp.create
          ? null
          : sheets.getItemOrNullObject(sp.sheet).getRange(rangeToA1(rect.ref));
        range?.load("values, formulas, numberFormat");
        const fills =
          range && withFills
            ? range.getCellProperties({ format: { fill: { color: true, pattern: true } } })
            : null;
        return { plan: sp, rect, range, fills };
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
    const groups = groupByWeight(
      toRead,
      (x) => (x.plan.create ? 0 : cellsOf(x.rect.ref)),
      maxCells
    );
    // One sync for any plan up to ~25,000 cells; more only for bigger plans (each group is a separate response).
    for (const group of groups.length > 0 ? groups : [[]]) await readGroup(group);
    const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
    for (const sp of plan.sheets) {
      const found = existing.has(sp.sheet.toLowerCase());
      if (sp.create && found) throw new HostError("SHEET_EXISTS", { sheet: sp.sheet });
      if (!sp.create && !found) throw new HostError("SHEET_NOT_FOUND", { sheet: sp.sheet });
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
      const cellProps = p.fills
        ? (p.fills.value as { format?: { fill?: { color?: string; pattern?: string } } }[][])
        : null;
      const snap: RectSnapshot = {
        sheet: existing.get(p.plan.sheet.toLowerCase()) ?? p.plan.sheet,
        ref: p.rect.ref,
        values: p.range.values,
        formulas: p.range.formulas,
        numberFormat: p.range.numberFormat.map((row) =>
          row.map((f) => (typeof f === "string" ? f : "General"))
        ),
        fills: cellProps
          ? cellProps.map((row) =>
              row.map((c) =>
                c.format?.fill && c.format.fill.pattern !== "None"
                  ? (c.format.fill.color ?? null)
                  : null
              )
            )
          : null,
      };
      snaps.push(snap);
      list.push({ rect: p.rect, snap });
    }
    const charts = plan.sheets.flatMap((sp) =>
      (sp.charts ?? []).map(() => ({
        sheet: sp.sheet,
        name: `giamngheo-${plan.action}-${++this.chartCounter}`,
      }))
    );
    return {
      step: {
        action: plan.action,
        rects: snaps,
        createdSheets: plan.sheets.filter((s) => s.create).map((s) => s.sheet),
        charts,
      },
      rects,
    };
  }

  /** The plan as write commands: new sheets first, then per sheet number formats, contents, styles, the rest. */
  private planCommands(
    plan: WritePlan,
    rects: Map<SheetPlan, { rect: WriteRect; snap: RectSnapshot | null }[]>,
    charts: readonly { sheet: string; name: string }[]
  ): WriteCommand[] {
    const commands: WriteCommand[] = plan.sheets
      .filter((s) => s.create)
      .map((s) => ({ kind: "addSheet", sheet: s.sheet }) as const);
    let chartIndex = 0;
    const withValidation = this.supports("ExcelApi", "1.8");
    for (const sp of plan.sheets) {
      for (const { rect, snap } of rects.get(sp) ?? [])
        commands.push(...this.rectCommands(sp.sheet, rect, snap));
      commands.push(...styleCommands(sp.sheet, sp.writes));
      for (const m of sp.merges ?? [])
        commands.push({ kind: "merge", sheet: sp.sheet, address: rangeToA1(m) });
      for (const w of sp.columnWidths ?? []) {
        const col = toA1(1, w.col).replace(/\d+$/, "");
        commands.push({
          kind: "columnWidth",
          sheet: sp.sheet,
          address: `${col}:${col}`,
          points: charsToPoints(w.width),
        });
      }
      if (withValidation) {
        for (const v of sp.validations ?? []) {
          commands.push({
            kind: "validation",
            sheet: sp.sheet,
            address: rangeToA1(v.range),
            spec: v,
          });
        }
      }
      for (const spec of sp.charts ?? []) {
        const name = charts[chartIndex++]?.name ?? `giamngheo-${plan.action}`;
        commands.push({ kind: "chart", sheet: sp.sheet, name, spec });
      }
      if (sp.freezeRows !== undefined)
        commands.push({ kind: "freeze", sheet: sp.sheet, rows: sp.freezeRows });
      // Page layout is ExcelApi 1.9; older hosts print with Excel's defaults.
      if (sp.print && sp.create && this.supports("ExcelApi", "1.9"))
        commands.push({ kind: "print", sheet: sp.sheet, print: sp.print });
    }
    return commands;
  }

  private rectCommands(sheet: string, rect: WriteRect, snap: RectSnapshot | null): WriteCommand[] {
    let anyFormat = false;
    let anyCell = false;
    const formats = rect.cells.map((row, i) =>
      row.map((w, j) => {
        const current = snap?.numberFormat[i]?.[j] ?? "General";
        const wanted = w?.numberFormat;
        // A formula typed into a Text-formatted cell stays text: give such cells General first.
        const fix =
          w?.cell && "formula" in w.cell && (wanted ?? current) === "@" ? "General" : undefined;
        const value = fix ?? wanted ?? null;
        if (value !== null) anyFormat = true;
        return value;
      })
    );
    const contents = rect.cells.map((row, i) =>
      row.map((w, j) => {
        if (!w?.cell) return null;
        anyCell = true;
        const format = formats[i]?.[j] ?? snap?.numberFormat[i]?.[j] ?? "General";
        return encodePlanCell(w.cell, format);
      })
    );
    return [
      ...(anyFormat
        ? splitMatrix(sheet, "numberFormat", rect.ref, formats, this.maxRequestBytes / 2)
        : []),
      ...(anyCell
        ? splitMatrix(sheet, "formulas", rect.ref, contents, this.maxRequestBytes / 2)
        : []),
    ];
  }

  /** Write batches: one sync when everything fits in 4 MB, else one per chunk (each under the limit). */
  private async sendChunks(context: XlContext, commands: readonly WriteCommand[]): Promise<void> {
    const chunks = chunkCommands(commands, this.maxRequestBytes);
    // Chunks must go one after another: each is a separate request because together they pass Excel's limit.
    for (const chunk of chunks) {
      context.application.suspendApiCalculationUntilNextSync();
      queueCommands(context, chunk);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk is the point
      await context.sync();
    }
  }

  /** Sync 1: which sheets and charts still exist; then the restore writes (one sync unless over 4 MB). */
  private async restore(context: XlContext, step: UndoStep): Promise<void> {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const charts = step.charts
      .filter((c) => !step.createdSheets.includes(c.sheet))
      .map((c) => ({
        ...c,
        proxy: sheets.getItemOrNullObject(c.sheet).charts.getItemOrNullObject(c.name),
      }));
    for (const c of charts) c.proxy.load("name");
    await context.sync();
    const existing = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const commands: WriteCommand[] = [];
    for (const c of charts) {
      if (!c.proxy.isNullObject)
        commands.push({ kind: "deleteChart", sheet: c.sheet, name: c.name });
    }
    for (const snap of step.rects) {
      if (existing.has(snap.sheet.toLowerCase()))
        commands.push(...restoreCommands(snap, this.maxRequestBytes / 2));
    }
    for (const name of step.createdSheets) {
      if (existing.has(name.toLowerCase())) commands.push({ kind: "deleteSheet", sheet: name });
    }
    await this.sendChunks(context, commands);
  }

  /** A write failed half-way: put back what the snapshot saw, then let the original error surface. */
  private async restoreAfterFailure(step: UndoStep): Promise<void> {
    try {
      await this.run((context) => this.restore(context, step));
    } catch {
      // The original failure is what the officer must see; the restore attempt is best effort.
    }
  }
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

function restoreCommands(snap: RectSnapshot, maxBytes: number): WriteCommand[] {
  const contents = snap.formulas.map((row, i) =>
    row.map((f, j) => encodeRestore(f, snap.values[i]?.[j], snap.numberFormat[i]?.[j] ?? "General"))
  );
  const commands: WriteCommand[] = [
    ...splitMatrix(snap.sheet, "numberFormat", snap.ref, snap.numberFormat, maxBytes),
    ...splitMatrix(snap.sheet, "formulas", snap.ref, contents, maxBytes),
  ];
  snap.fills?.forEach((row, i) => {
    let start = 0;
    for (let j = 1; j <= row.length; j++) {
      if (j < row.length && row[j] === row[start]) continue;
      const r = snap.ref.top + i;
      const address = rangeToA1({
        top: r,
        bottom: r,
        left: snap.ref.left + start,
        right: snap.ref.left + j - 1,
      });
      commands.push({ kind: "fill", sheet: snap.sheet, address, color: row[start] ?? null });
      start = j;
    }
  });
  return commands;
}

/** Styles per row, consecutive cells with the same style as one range. */
function styleCommands(sheet: string, writes: readonly CellWrite[]): WriteCommand[] {
  const styled = writes
    .filter((w) => w.style !== undefined)
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const out: WriteCommand[] = [];
  let run: CellWrite[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first?.style && last) {
      const address = rangeToA1({
        top: first.row,
        bottom: first.row,
        left: first.col,
        right: last.col,
      });
      out.push({ kind: "style", sheet, address, style: first.style });
    }
    run = [];
  };
  for (const w of styled) {
    const prev = run[run.length - 1];
    if (
      prev &&
      !(
        prev.row === w.row &&
        prev.col + 1 === w.col &&
        JSON.stringify(prev.style) === JSON.stringify(w.style)
      )
    ) {
      flush();
    }
    run.push(w);
  }
  flush();
  return out;
}
