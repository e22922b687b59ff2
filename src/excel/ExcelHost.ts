import { rangeToA1, toA1 } from "../core";
import type {
  ApplyResult,
  CellsChanged,
  CellWrite,
  Grid,
  HostInfo,
  ProbeOptions,
  RangeRef,
  SheetPlan,
  SheetProbe,
  WorkbookHost,
  WorkbookProbe,
  WritePlan,
} from "../core";
import { HostError } from "../core";
import { UsageError } from "../core";
import type {
  XlContext,
  XlDiagnostics,
  XlRange,
  XlRequirementProbe,
  XlRun,
  XlSettings,
  XlTable,
  XlWorksheet,
} from "./excelApi";
import { fromExcelValues, parseAreasAddress } from "./fromExcelValues";
import { officeDiagnostics, officeRequirements, officeRun, officeSettings } from "./officeRuntime";
import {
  blankGrid,
  cellsOf,
  gridFrom,
  loadNames,
  markerName,
  readInParts,
  readMerges,
  refOf,
} from "./readSheets";
import { queueCommands } from "./queueCommands";
import { groupByWeight, limitRectangles, toRectangles, type WriteRect } from "./rectangles";
import { toHostError } from "./toHostError";
import { watchSheetChanges } from "./watchChanges";
import {
  charsToPoints,
  chunkCommands,
  encodePlanCell,
  encodeRestore,
  estimateBytes,
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
  /**
   * How long one Excel call may take before it fails with TIMEOUT (default 60 s): on Excel on the web
   * `context.sync()` can wait forever (office-js #6678). Reads are tried once more after a timeout.
   */
  readonly timeoutMs?: number;
  /** `Office.context.diagnostics` (default, resolved on first use) or a fake's. */
  readonly diagnostics?: XlDiagnostics;
};

/** Response bytes per cell read (values, formulas, number format, value type), generously. */
const READ_BYTES_PER_CELL = 100;
/** The highlight: a custom conditional format over each cell, always true, filling it light yellow. */
const HIGHLIGHT_RULE = "=TRUE";
/** Requirement sets the self-test lists. */
const KNOWN_MINORS = 20;

type TableRef = { readonly name: string; readonly range: RangeRef };

/** What a plan changed in one cell of a rectangle: only these are restored by undo. */
type Touched = { content: boolean; format: boolean; fill: boolean; font: boolean };

/** The cells of one rectangle as they were before a plan wrote them. */
type RectSnapshot = {
  readonly sheet: string;
  readonly ref: RangeRef;
  readonly formulas: unknown[][];
  readonly values: unknown[][];
  readonly valueTypes: unknown[][];
  readonly numberFormat: string[][];
  /** Fill colour per cell (null: no fill); null when ExcelApi 1.9 is missing and fills were not captured. */
  readonly fills: (string | null)[][] | null;
  /** Font name and size per cell; null when ExcelApi 1.9 is missing. */
  readonly fonts: ({ name?: string; size?: number } | null)[][] | null;
  /** Which part of each cell the plan wrote (null entries elsewhere: left alone by undo). */
  readonly touched: (Touched | null)[][];
};

type UndoStep = {
  readonly action: string;
  readonly rects: readonly RectSnapshot[];
  readonly createdSheets: readonly string[];
  readonly charts: readonly { readonly sheet: string; readonly name: string }[];
  /** Defined names the plan added (generated-sheet markers), deleted by undo. */
  readonly names: readonly string[];
};

type Highlight = { readonly sheet: string; readonly address: string; readonly id: string };

/**
 * `WorkbookHost` over Office.js — the only class that talks to Excel. Every Office error becomes a HostError
 * with Vietnamese words; every batch has a timeout (reads are retried once) and, with ExcelApi 1.11, waits while the
 * officer edits a cell. `context.sync()` calls per operation do not depend on the number of rows or sheets
 * (src/excel/README.md has the table): `readGrid` 1 (+1 with Excel Tables; big sheets in row slices under 5 MB),
 * `probeWorkbook` 3 for any number of sheets, `apply` 2, `undo` 2, `highlight` 1, `clearHighlight` 3.
 *
 * Text values are written with a leading apostrophe (Excel keeps it as the prefix character, so "=HYPERLINK(…)",
 * "98" or "TRUE" stay text and the number format is untouched); cells formatted as Text ("@") get the string as is.
 * In an Excel Table a formula is written as its value (Excel would fill it down the column). Undo restores exactly
 * the cells a plan wrote (null elsewhere): contents by `valueTypes`, number formats, and with ExcelApi 1.9 fills and
 * font name/size where the plan set them; it deletes the sheets, charts and markers it created. Highlights are
 * conditional formats, so the cell's own fill is never touched. Generated sheets carry a defined name (marker).
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
  private readonly timeoutMs: number;
  private readonly diagnosticsOverride: XlDiagnostics | undefined;
  private readonly undoStack: UndoStep[] = [];
  private highlights: Highlight[] = [];
  private chartCounter = 0;
  /**
   * Used range per sheet (lower-case name) as last seen, with the estimated bytes of reading it whole (measured on
   * the last read, or from the probe's head): a sheet known to be over the limit is read in parts at once.
   */
  private readonly sizes = new Map<string, { ref: RangeRef; bytes: number }>();
  /** Excel Tables per sheet (lower-case name) as last read: writes there go as values. */
  private readonly tables = new Map<string, readonly TableRef[]>();

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? officeRun;
    this.supports = options.requirements ?? officeRequirements;
    this.settingsOverride = options.settings;
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.diagnosticsOverride = options.diagnostics;
  }

  /** Cells per read response (Excel refuses responses over 5 MB). */
  private get maxReadCells(): number {
    return Math.floor(this.maxRequestBytes / READ_BYTES_PER_CELL);
  }

  async listSheets(): Promise<readonly string[]> {
    return this.read("", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async activeSheet(): Promise<string> {
    return this.read("", async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    });
  }

  /**
   * One sync for a sheet that fits Excel's limits: used range values/formulas/formats/valueTypes, its merged areas,
   * tables and the workbook's names (markers); a second only when the sheet has Excel Tables (their ranges).
   * A big sheet (known from the probe, or refused by Excel, or read back as `values: null`) is read in parts,
   * and when the merged areas fail (more than 512) the data is read without them and the merges in their own syncs.
   */
  async readGrid(sheet: string): Promise<Grid> {
    const withMerges = this.supports("ExcelApi", "1.13");
    return this.read(sheet, async (context) => {
      const known = this.sizes.get(sheet.toLowerCase());
      if (known && known.bytes > this.maxRequestBytes) return this.readGridInParts(context, sheet);
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address, values, formulas, numberFormat, valueTypes");
      const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
      merged?.load("address");
      ws.tables.load("items/name");
      const markers = loadNames(context.workbook.names);
      try {
        await context.sync();
      } catch {
        // Too big for one response, or more than 512 merged areas: the careful way, merges on their own.
        return this.readGridInParts(context, sheet);
      }
      if (ws.isNullObject) throw new HostError("SHEET_NOT_FOUND", { sheet });
      const generated = markers().get(ws.name.toLowerCase());
      if (used.isNullObject) return withMarker(blankGrid(ws.name), generated);
      if (!Array.isArray(used.values)) {
        this.sizes.set(ws.name.toLowerCase(), { ref: refOf(used), bytes: Infinity });
        return this.readGridInParts(context, sheet);
      }
      this.sizes.set(ws.name.toLowerCase(), { ref: refOf(used), bytes: matricesBytes(used) });
      const grid = fromExcelValues({
        sheet: ws.name,
        address: used.address,
        values: used.values,
        formulas: used.formulas,
        numberFormat: used.numberFormat,
        valueTypes: used.valueTypes,
        mergedAddress: merged && !merged.isNullObject ? merged.address : null,
      });
      const tables = await this.tableRanges(context, ws.name, ws.tables.items);
      return withMarker(withTables(grid, tables), generated);
    });
  }

  /** The careful read: size first, values in row slices under the limits, merges and tables in their own syncs. */
  private async readGridInParts(context: XlContext, sheet: string): Promise<Grid> {
    const withMerges = this.supports("ExcelApi", "1.13");
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    ws.tables.load("items/name");
    const markers = loadNames(context.workbook.names);
    await context.sync();
    if (ws.isNullObject) throw new HostError("SHEET_NOT_FOUND", { sheet });
    const generated = markers().get(ws.name.toLowerCase());
    if (used.isNullObject) return withMarker(blankGrid(ws.name), generated);
    const ref = refOf(used);
    const known = this.sizes.get(ws.name.toLowerCase());
    const perCell =
      known && Number.isFinite(known.bytes) && cellsOf(known.ref) > 0
        ? Math.max(8, known.bytes / cellsOf(known.ref))
        : READ_BYTES_PER_CELL;
    const sheetProxy = context.workbook.worksheets.getItem(ws.name);
    const slice = Math.max(1, Math.floor(this.maxRequestBytes / perCell / 2));
    const matrices = await readInParts(
      context,
      sheetProxy,
      ref,
      Math.min(this.maxReadCells * 4, slice)
    );
    this.sizes.set(ws.name.toLowerCase(), { ref, bytes: matricesBytes(matrices) });
    const merges = withMerges ? ((await readMerges(context, sheetProxy, ref)) ?? []) : [];
    const tables = await this.tableRanges(context, ws.name, ws.tables.items);
    return withMarker(withTables(gridFrom(ws.name, ref, matrices, merges), tables), generated);
  }

  /** The ranges of a sheet's tables (one sync, only when it has any); remembered for writes. */
  private async tableRanges(
    context: XlContext,
    sheet: string,
    items: readonly XlTable[]
  ): Promise<TableRef[]> {
    if (items.length === 0) {
      this.tables.set(sheet.toLowerCase(), []);
      return [];
    }
    const ranges = items.map((t) => {
      const r = t.getRange();
      r.load("address");
      return { name: t.name, r };
    });
    await context.sync();
    const out = ranges.map(({ name, r }) => ({ name, range: refOf(r) }));
    this.tables.set(sheet.toLowerCase(), out);
    return out;
  }

  /**
   * Start-up in three syncs whatever the number of sheets: (1) sheet names, visibility, the active sheet and the
   * workbook's names (markers); (2) each sheet's used range and its head (`headRows` × `headCols`), tables; (3) the
   * merged areas of the heads and the tables' ranges. A sync Excel refuses is redone sheet by sheet, so one bad
   * sheet is reported with its error and the others are read.
   */
  async probeWorkbook(options: ProbeOptions): Promise<WorkbookProbe> {
    const withMerges = this.supports("ExcelApi", "1.13");
    return this.read("", async (context) => {
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
        ws.tables.load("items/name");
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
        tables: { name: string; r: XlRange }[];
      };
      const tails: Tail[] = heads.map((h) => {
        if (h.error || h.used.isNullObject || h.head.isNullObject)
          return { merges: null, tables: [] };
        const merges = withMerges ? h.head.getMergedAreasOrNullObject() : null;
        merges?.load("address");
        const tables = h.ws.tables.items.map((t) => {
          const r = t.getRange();
          r.load("address");
          return { name: t.name, r };
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
        this.sizes.set(h.name.toLowerCase(), {
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
          : tail.tables.map((t) => ({ name: t.name, range: refOf(t.r) }));
        if (!mergesFailed) this.tables.set(h.name.toLowerCase(), tables);
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

  /** One sync: `getCellProperties` (ExcelApi 1.9) of each cell; conditional formats are not part of it. */
  async cellFills(sheet: string, addresses: readonly string[]): Promise<(string | null)[] | null> {
    if (!this.supports("ExcelApi", "1.9")) return null;
    return this.read(sheet, async (context) => {
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

  async describe(): Promise<HostInfo> {
    const sets: string[] = [];
    for (let minor = 1; minor <= KNOWN_MINORS; minor++) {
      if (this.supports("ExcelApi", `1.${minor}`)) sets.push(`ExcelApi 1.${minor}`);
    }
    let d: XlDiagnostics;
    try {
      d = this.diagnosticsOverride ?? officeDiagnostics();
    } catch (e) {
      throw toHostError(e);
    }
    return { host: d.host, platform: d.platform, version: d.version, requirementSets: sets };
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    const sheetNames = plan.sheets.map((s) => s.sheet).join(", ");
    const step = await this.guard(sheetNames, async (context) => {
      const snapshot = await this.snapshot(context, plan);
      const commands = this.planCommands(
        plan,
        snapshot.rects,
        snapshot.step.charts,
        snapshot.markerNames
      );
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
    await this.read(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  /**
   * One sync: a custom conditional format (ExcelApi 1.6) over each cell fills it light yellow without touching
   * the cell's own fill, so nothing of the officer's formatting is lost whatever the Excel version.
   */
  async highlight(sheet: string, addresses: readonly string[]): Promise<void> {
    if (addresses.length === 0 || !this.supports("ExcelApi", "1.6")) return;
    await this.guard(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const fresh = [...new Set(addresses)].filter(
        (a) => !this.highlights.some((h) => h.sheet === sheet && h.address === a)
      );
      const added = fresh.map((address) => {
        const cf = ws.getRange(address).conditionalFormats.add("Custom");
        cf.custom.rule.formula = HIGHLIGHT_RULE;
        cf.custom.format.fill.color = HIGHLIGHT_COLOR;
        cf.load("id");
        return { address, cf };
      });
      await context.sync();
      for (const { address, cf } of added) this.highlights.push({ sheet, address, id: cf.id });
    });
  }

  /** Sync 1: which sheets still exist; 2: which of our conditional formats still exist; 3: delete them. */
  async clearHighlight(): Promise<void> {
    if (this.highlights.length === 0) return;
    const restore = this.highlights;
    await this.guard("", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const existing = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const found = restore
        .filter((h) => existing.has(h.sheet.toLowerCase()))
        .map((h) => {
          const cf = sheets
            .getItem(h.sheet)
            .getRange(h.address)
            .conditionalFormats.getItemOrNullObject(h.id);
          cf.load("id");
          return cf;
        });
      if (found.length === 0) return;
      await context.sync();
      for (const cf of found) if (!cf.isNullObject) cf.delete();
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
    let timer: ReturnType<typeof setTimeout> | undefined;
    // saveAsync may never call back (Excel on the web): the same timeout as every other call.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new HostError("TIMEOUT", { seconds: Math.round(this.timeoutMs / 1000) })),
        this.timeoutMs
      );
    });
    const saved = new Promise<void>((resolve, reject) => {
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
    try {
      await Promise.race([saved, timeout]);
    } finally {
      clearTimeout(timer);
    }
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

  /**
   * Run a batch and turn every Office failure into a HostError (a UsageError — a caller's bug — passes through).
   * With ExcelApi 1.11 the batch waits while the officer edits a cell (`delayForCellEdit`) instead of failing;
   * a batch that takes longer than `timeoutMs` fails with TIMEOUT.
   */
  private async guard<T>(sheet: string, batch: (context: XlContext) => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new HostError("TIMEOUT", { seconds: Math.round(this.timeoutMs / 1000) })),
        this.timeoutMs
      );
    });
    try {
      const options = this.supports("ExcelApi", "1.11") ? { delayForCellEdit: true } : undefined;
      return await Promise.race([this.run(batch, options), timeout]);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw toHostError(e, sheet);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A read: like `guard`, and tried once more after a timeout (reading twice changes nothing). */
  private async read<T>(sheet: string, batch: (context: XlContext) => Promise<T>): Promise<T> {
    try {
      return await this.guard(sheet, batch);
    } catch (e) {
      if (e instanceof HostError && e.code === "TIMEOUT") return this.guard(sheet, batch);
      throw e;
    }
  }

  /** Sync 1 of apply: current contents of every rectangle the plan writes, and which sheets exist. */
  private async snapshot(
    context: XlContext,
    plan: WritePlan
  ): Promise<{
    step: UndoStep;
    rects: Map<SheetPlan, { rect: WriteRect; snap: RectSnapshot | null }[]>;
    markerNames: ReadonlyMap<SheetPlan, string>;
  }> {
    const withFills = this.supports("ExcelApi", "1.9");
    // Excel also refuses responses over 5 MB: read the cells to snapshot in groups sized by a per-cell estimate.
    const maxCells = Math.floor(
      this.maxRequestBytes /
        (withFills ? SNAPSHOT_BYTES_PER_CELL_WITH_FILLS : SNAPSHOT_BYTES_PER_CELL)
    );
    const sheets = context.workbook.worksheets;
    const names = context.workbook.names;
    names.load("items/name");
    // Tables on the sheets written: a formula into a table column would fill the whole column.
    const tableLists = plan.sheets
      .filter((sp) => !sp.create)
      .map((sp) => {
        const t = sheets.getItemOrNullObject(sp.sheet).tables;
        t.load("items/name");
        return { sheet: sp.sheet, t };
      });
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
        range?.load("values, formulas, numberFormat, valueTypes");
        const fills =
          range && withFills
            ? range.getCellProperties({
                format: { fill: { color: true, pattern: true }, font: { name: true, size: true } },
              })
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
      if (!sp.create && (sp.tables?.length ?? 0) > 0)
        throw new UsageError(`tables are created on new sheets only (${sp.sheet})`);
    }
    // Tables not seen by the last read of their sheet: one more sync for their ranges.
    for (const { sheet, t } of tableLists) {
      const known = this.tables.get(sheet.toLowerCase()) ?? [];
      const items = t.items;
      if (items.length !== known.length || items.some((x) => !known.some((k) => k.name === x.name)))
        await this.tableRanges(context, sheet, items);
    }
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
    const touchMaps = new Map<SheetPlan, Map<string, Touched>>();
    for (const p of pending) {
      const list = rects.get(p.plan) ?? [];
      rects.set(p.plan, list);
      if (!p.range) {
        list.push({ rect: p.rect, snap: null });
        continue;
      }
      const cellProps = p.fills
        ? (p.fills.value as {
            format?: {
              fill?: { color?: string; pattern?: string };
              font?: { name?: string; size?: number };
            };
          }[][])
        : null;
      const snap: RectSnapshot = {
        sheet: existing.get(p.plan.sheet.toLowerCase()) ?? p.plan.sheet,
        ref: p.rect.ref,
        values: p.range.values,
        formulas: p.range.formulas,
        valueTypes: p.range.valueTypes,
        touched: p.rect.cells.map((row, i) =>
          row.map((_, j) => touchedAt(p.plan, p.rect.ref.top + i, p.rect.ref.left + j, touchMaps))
        ),
        fonts: cellProps
          ? cellProps.map((row) =>
              row.map((c) => {
                const f = c.format?.font;
                if (!f) return null;
                return {
                  ...(f.name !== undefined ? { name: f.name } : {}),
                  ...(f.size !== undefined ? { size: f.size } : {}),
                };
              })
            )
          : null,
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
        names: [...markerNames.values()],
      },
      rects,
      markerNames,
    };
  }

  /** The plan as write commands: new sheets first, then per sheet number formats, contents, styles, the rest. */
  private planCommands(
    plan: WritePlan,
    rects: Map<SheetPlan, { rect: WriteRect; snap: RectSnapshot | null }[]>,
    charts: readonly { sheet: string; name: string }[],
    markerNames: ReadonlyMap<SheetPlan, string>
  ): WriteCommand[] {
    const commands: WriteCommand[] = plan.sheets
      .filter((s) => s.create)
      .map((s) => ({ kind: "addSheet", sheet: s.sheet }) as const);
    let chartIndex = 0;
    const withValidation = this.supports("ExcelApi", "1.8");
    for (const sp of plan.sheets) {
      const tables = sp.create ? [] : (this.tables.get(sp.sheet.toLowerCase()) ?? []);
      for (const { rect, snap } of rects.get(sp) ?? [])
        commands.push(...this.rectCommands(sp.sheet, rect, snap, tables));
      const marker = markerNames.get(sp);
      if (marker !== undefined)
        commands.push({
          kind: "addName",
          name: marker,
          reference: `=${quoteSheet(sp.sheet)}!$A$1`,
        });
      for (const t of sp.tables ?? [])
        commands.push({
          kind: "table",
          sheet: sp.sheet,
          address: rangeToA1(t.range),
          ...(t.name !== undefined ? { name: t.name } : {}),
        });
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

  private rectCommands(
    sheet: string,
    rect: WriteRect,
    snap: RectSnapshot | null,
    tables: readonly TableRef[]
  ): WriteCommand[] {
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
        // In an Excel Table a formula becomes a calculated column filling every row (office-js #2093,
        // #5909): write its value there instead, as the preview says.
        if ("formula" in w.cell && w.cell.result !== undefined && inTableBody(tables, w.row, w.col))
          return encodePlanCell({ value: w.cell.result }, format);
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
    for (const name of step.names) commands.push({ kind: "deleteName", name });
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

/**
 * Undo of one rectangle: only the cells the plan wrote get their old contents, number format, fill and font
 * back; every other entry is null, which Office.js leaves alone (an officer's later edit there stays).
 */
function restoreCommands(snap: RectSnapshot, maxBytes: number): WriteCommand[] {
  const touched = (i: number, j: number): Touched | null => snap.touched[i]?.[j] ?? null;
  let anyContent = false;
  let anyFormat = false;
  const contents = snap.formulas.map((row, i) =>
    row.map((f, j) => {
      if (!touched(i, j)?.content) return null;
      anyContent = true;
      return encodeRestore(
        f,
        snap.values[i]?.[j],
        snap.numberFormat[i]?.[j] ?? "General",
        snap.valueTypes[i]?.[j]
      );
    })
  );
  const formats = snap.numberFormat.map((row, i) =>
    row.map((f, j) => {
      if (!touched(i, j)?.format) return null;
      anyFormat = true;
      return f;
    })
  );
  const commands: WriteCommand[] = [
    ...(anyFormat ? splitMatrix(snap.sheet, "numberFormat", snap.ref, formats, maxBytes) : []),
    ...(anyContent ? splitMatrix(snap.sheet, "formulas", snap.ref, contents, maxBytes) : []),
  ];
  const cellAddress = (i: number, j: number): string => toA1(snap.ref.top + i, snap.ref.left + j);
  snap.fills?.forEach((row, i) =>
    row.forEach((fill, j) => {
      if (touched(i, j)?.fill)
        commands.push({ kind: "fill", sheet: snap.sheet, address: cellAddress(i, j), color: fill });
    })
  );
  snap.fonts?.forEach((row, i) =>
    row.forEach((font, j) => {
      if (touched(i, j)?.font && font)
        commands.push({ kind: "font", sheet: snap.sheet, address: cellAddress(i, j), ...font });
    })
  );
  return commands;
}

/**
 * What a sheet plan changes in one cell, over all its writes to that cell (a later write may set only a format
 * where an earlier one set the fill). A formula into a Text cell also changes the number format.
 */
function touchedAt(
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
      const t = map.get(key) ?? { content: false, format: false, fill: false, font: false };
      t.content ||= w.cell !== undefined;
      t.format ||= w.numberFormat !== undefined || (w.cell !== undefined && "formula" in w.cell);
      t.fill ||= w.style?.fill !== undefined;
      t.font ||= w.style?.fontName !== undefined || w.style?.fontSize !== undefined;
      map.set(key, t);
    }
    cache.set(sp, map);
  }
  return map.get(`${row}:${col}`) ?? null;
}

function inTableBody(tables: readonly TableRef[], row: number, col: number): boolean {
  return tables.some(
    (t) => row > t.range.top && row <= t.range.bottom && col >= t.range.left && col <= t.range.right
  );
}

/** A sheet name as Excel writes it in a reference: quoted unless a plain identifier. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The JSON size of a read's matrices (what Excel sends back), to decide how the next read of the sheet goes. */
function matricesBytes(m: {
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

function withMarker(grid: Grid, generated: string | undefined): Grid {
  return generated === undefined ? grid : { ...grid, generated };
}

function withTables(grid: Grid, tables: readonly TableRef[]): Grid {
  return tables.length === 0 ? grid : { ...grid, tables };
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
