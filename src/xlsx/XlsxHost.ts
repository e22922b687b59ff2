import * as ExcelJS from "exceljs";
import { fromA1 } from "../core";
import type { Grid } from "../core";
import type {
  ApplyResult,
  CellsChanged,
  HostInfo,
  OfficerActions,
  ProbeOptions,
  SheetProbe,
  WorkbookHost,
  WorkbookProbe,
} from "../core";
import { HostError } from "../core";
import type { RangeRef, UndoOptions, UndoResult, WritePlan } from "../core";
import { applySheet, checkPlan } from "./applyPlan";
import { loadExcelJs, openWorkbook } from "./openWorkbook";
import { writeIntoPackage } from "./package/writePackage";
import { markersOf, renameMarkers, setMarker } from "./markers";
import { insertRows } from "./officerMoves";
import { readGrid } from "./readGrid";
import { sheetTables } from "./tables";
import { UndoStep } from "./snapshot";
import { journalEntry, undoEntry, type SheetIds, type XlsxEntry } from "./journal";
import { XlsxHighlights } from "./highlights";

export { HIGHLIGHT_COLOR } from "./highlights";

/** The very-hidden sheet that keeps `saveSetting` values inside the file (column A key, column B value). */
export const SETTINGS_SHEET = "giamngheo_settings";
/**
 * `WorkbookHost` over an .xlsx file held in memory (ExcelJS). No file system access: give it bytes, take bytes
 * (the CLI does the I/O; the browser preview uses the same class).
 *
 * - `readGrid` reads the used range in one pass; merged slave cells are blanked (ExcelJS repeats the master).
 * - `apply` snapshots every cell, merge, width, validation and view it will touch, then writes; any failure
 *   mid-way restores the snapshot, so a plan is applied entirely or not at all. Each applied plan is one undo step.
 * - Charts in a plan are ignored: ExcelJS cannot write charts (the pane draws them as SVG in the preview).
 *   Everything already in the input file (charts, images, comments, pivot tables, page setup …) is kept:
 *   `toBuffer` writes only what changed into the file's own package (see README, "Writing a file").
 * - Settings live in memory and are written into a very-hidden sheet `giamngheo_settings` by `toBuffer`
 *   (only when a setting was saved), so a file saved by the preview remembers its column mapping.
 * - Selection and highlights are kept in memory; highlights are real fills, lifted while `toBuffer` writes, so
 *   a highlight never reaches the file.
 *
 * @example
 * const host = await XlsxHost.fromBuffer(bytes);
 * const grid = await host.readGrid("Phụ lục");
 * await host.apply(plan);
 * const out = await host.toBuffer();
 */
export class XlsxHost implements WorkbookHost {
  readonly kind = "xlsx" as const;
  /** The undo journal, oldest first: one entry per applied plan (src/core/undo compares and follows). */
  private readonly journal: XlsxEntry[] = [];
  /** Stable sheet ids: ExcelJS keeps one Worksheet object per sheet through renames. */
  private readonly worksheetIds = new WeakMap<ExcelJS.Worksheet, string>();
  private nextSheetId = 1;
  private readonly ids: SheetIds = {
    idOf: (ws) => {
      let id = this.worksheetIds.get(ws);
      if (id === undefined) {
        id = `xlsx-${this.nextSheetId++}`;
        this.worksheetIds.set(ws, id);
      }
      return id;
    },
    byId: (id) => this.workbook.worksheets.find((ws) => this.worksheetIds.get(ws) === id),
  };
  private readonly settings = new Map<string, string>();
  private settingsDirty = false;
  private readonly highlights: XlsxHighlights;
  private selection: { sheet: string; address: string } | null = null;
  /** The officer's edits in the preview and the self-test: typing, a row insert, a rename (not undo steps). */
  readonly officer: OfficerActions = {
    typeInto: (sheet, address, value) => this.editCell(sheet, address, String(value)),
    insertRows: async (sheet, row, count) => insertRows(this.worksheet(sheet), row, count),
    renameSheet: async (sheet, name) => {
      const ws = this.worksheet(sheet);
      if (this.workbook.getWorksheet(name)) throw new HostError("SHEET_EXISTS", { sheet: name });
      renameMarkers(this.workbook, ws.name, name);
      ws.name = name;
      if (this.selection?.sheet === sheet) this.selection = { ...this.selection, sheet: name };
    },
  };
  private readonly changeListeners = new Set<{
    readonly sheet: string;
    readonly listener: (change: CellsChanged) => void;
  }>();

  /**
   * @param source the file the workbook was read from: `toBuffer` writes into its package, so every part the host
   * did not change is kept (null for a workbook made in memory, which ExcelJS writes whole).
   */
  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly source: { readonly original: Uint8Array; readonly readable: Uint8Array } | null
  ) {
    this.highlights = new XlsxHighlights(workbook);
    const ws = workbook.getWorksheet(SETTINGS_SHEET);
    ws?.eachRow((row) => {
      const key = row.getCell(1).value;
      const value = row.getCell(2).value;
      if (typeof key === "string") this.settings.set(key, typeof value === "string" ? value : "");
    });
  }

  /**
   * Open .xlsx bytes. `file` only names the file in error messages.
   * @throws HostError NOT_XLSX, ENCRYPTED_OR_XLS, CORRUPT, UNREADABLE_CONTENT, EMPTY_WORKBOOK
   */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, file = ""): Promise<XlsxHost> {
    const opened = await openWorkbook(data, file);
    return new XlsxHost(opened.workbook, opened);
  }

  /** A new workbook with the given (empty) sheets — for tests and the preview's blank state. */
  static create(sheets: readonly string[] = ["Sheet1"]): XlsxHost {
    const workbook = new ExcelJS.Workbook();
    for (const name of sheets) workbook.addWorksheet(name);
    return new XlsxHost(workbook, null);
  }

  /**
   * The workbook as .xlsx bytes (settings written to their hidden sheet first). A workbook read from a file is
   * written into that file's package: only the cells, sheets and names that differ from the file change, and
   * everything else (charts, images, comments, pivot tables, page setup, custom XML …) is kept as it was.
   */
  async toBuffer(): Promise<Uint8Array> {
    return this.highlights.without(() => this.write());
  }

  private async write(): Promise<Uint8Array> {
    if (this.settingsDirty) this.writeSettingsSheet();
    if (this.source) {
      const pristine = await loadExcelJs(this.source.readable);
      return writeIntoPackage(this.source.original, pristine, this.workbook);
    }
    const out = await this.workbook.xlsx.writeBuffer();
    return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  }

  /** The underlying ExcelJS workbook (tests and the preview's grid view read it; do not write to it directly). */
  get excelWorkbook(): ExcelJS.Workbook {
    return this.workbook;
  }

  async listSheets(): Promise<readonly string[]> {
    return this.workbook.worksheets.map((ws) => ws.name).filter((name) => name !== SETTINGS_SHEET);
  }

  async activeSheet(): Promise<string> {
    if (this.selection && this.workbook.getWorksheet(this.selection.sheet))
      return this.selection.sheet;
    const visible = this.workbook.worksheets.find(
      (ws) => ws.state === "visible" && ws.name !== SETTINGS_SHEET
    );
    return (visible ?? this.workbook.worksheets[0])?.name ?? "";
  }

  /** The cell last selected with `selectCell` (the preview scrolls to it), or null. */
  selectedCell(): { sheet: string; address: string } | null {
    return this.selection;
  }

  async readGrid(sheet: string): Promise<Grid> {
    const ws = this.worksheet(sheet);
    const grid = readGrid(ws, this.workbook.properties.date1904 === true);
    const generated = markersOf(this.workbook).get(ws.name.toLowerCase());
    const tables = sheetTables(ws);
    return {
      ...grid,
      ...(generated !== undefined ? { generated } : {}),
      ...(tables.length > 0 ? { tables } : {}),
    };
  }

  /** Every sheet read whole (the file is in memory), cut to the probe's head. */
  async probeWorkbook(options: ProbeOptions): Promise<WorkbookProbe> {
    const sheets: SheetProbe[] = [];
    for (const ws of this.workbook.worksheets) {
      if (ws.name === SETTINGS_SHEET) continue;
      const full = await this.readGrid(ws.name);
      const rows = full.values.length;
      const cols = full.values[0]?.length ?? 0;
      const complete = rows <= options.headRows && cols <= options.headCols;
      const grid = complete ? full : cropGrid(full, options.headRows, options.headCols);
      const blank = rows === 1 && cols === 1 && full.values[0]?.[0] === null;
      sheets.push({
        name: ws.name,
        visible: ws.state === "visible",
        used: blank
          ? null
          : {
              top: full.top,
              left: full.left,
              bottom: full.top + rows - 1,
              right: full.left + cols - 1,
            },
        ...(full.generated !== undefined ? { generated: full.generated } : {}),
        grid,
        complete,
        error: null,
      });
    }
    return { active: await this.activeSheet(), sheets };
  }

  async cellFills(sheet: string, addresses: readonly string[]): Promise<(string | null)[]> {
    const ws = this.worksheet(sheet);
    return addresses.map((a) => {
      const fill = ws.getCell(a).fill;
      if (fill?.type !== "pattern" || fill.pattern !== "solid") return null;
      const argb = fill.fgColor?.argb;
      return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
    });
  }

  async describe(): Promise<HostInfo> {
    const proc = (globalThis as { process?: { version?: string } }).process;
    return {
      host: "xlsx (ExcelJS)",
      platform: proc?.version ? "node" : "browser",
      version: proc?.version ?? "",
      requirementSets: [],
    };
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    checkPlan(this.workbook, plan, [SETTINGS_SHEET]);
    const step = new UndoStep(plan.action, this.workbook);
    let cellsWritten = 0;
    let formulasWritten = false;
    const merges = new Map<string, RangeRef[]>();
    try {
      for (const sp of plan.sheets) {
        if (sp.create) {
          this.workbook.addWorksheet(sp.sheet);
          step.created(sp.sheet);
        }
        const ws = this.worksheet(sp.sheet);
        const outcome = applySheet(ws, sp, step);
        cellsWritten += outcome.cellsWritten;
        merges.set(ws.name, outcome.merges);
        formulasWritten ||= outcome.formulasWritten;
        if (sp.marker !== undefined) {
          step.names(this.workbook);
          setMarker(this.workbook, ws.name, sp.marker);
        }
      }
      if (formulasWritten) this.workbook.calcProperties.fullCalcOnLoad = true;
    } catch (e) {
      step.restore();
      throw e;
    }
    for (const ws of this.workbook.worksheets) this.ids.idOf(ws);
    this.journal.push(journalEntry(this.workbook, step, merges, this.ids));
    const charts = plan.sheets.reduce((n, sp) => n + (sp.charts?.length ?? 0), 0);
    return {
      cellsWritten,
      sheetsCreated: [...step.createdSheets],
      ...(charts > 0 ? { chartsSkipped: charts } : {}),
    };
  }

  undoDepth(): number {
    return this.journal.length;
  }

  /** The action names of the undo stack, oldest first ("fix", "allocate", …). */
  undoActions(): readonly string[] {
    return this.journal.map((s) => s.action);
  }

  /**
   * Undo the last plan, comparing before restoring: a cell is put back only while it holds what the plan wrote
   * (found again after rows were inserted, deleted or sorted); the others are kept and named. A created sheet the
   * officer typed into is deleted only with `{ confirm: true }` (the first call answers "confirm", changing nothing).
   */
  async undo(options: UndoOptions = {}): Promise<UndoResult> {
    const entry = this.journal[this.journal.length - 1];
    if (!entry) return { status: "nothing" };
    const result = undoEntry(this.workbook, entry, this.ids, options);
    if (result.status !== "confirm") this.journal.pop();
    return result;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.worksheet(sheet);
    fromA1(address);
    this.selection = { sheet, address: address.replace(/\$/g, "").toUpperCase() };
  }

  async highlight(sheet: string, addresses: readonly string[]): Promise<void> {
    this.highlights.highlight(this.worksheet(sheet), sheet, addresses);
  }

  async clearHighlight(): Promise<void> {
    this.highlights.clear();
  }

  async loadSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  async saveSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
    this.settingsDirty = true;
  }

  /** Listeners hear `editCell` (the preview grid's typing), never the host's own `apply`/`undo`. */
  async onCellsChanged(
    sheet: string,
    listener: (change: CellsChanged) => void
  ): Promise<() => Promise<void>> {
    const entry = { sheet, listener };
    this.changeListeners.add(entry);
    return async () => void this.changeListeners.delete(entry);
  }

  /**
   * Type into one cell as the officer would in Excel: "" clears it, "=…" is a formula, a number (decimal comma
   * or point) becomes a number, anything else is text. Not an undo step (Excel's own edits are not ours either).
   * Listeners of `onCellsChanged` hear it once the cell holds the new content.
   */
  async editCell(sheet: string, address: string, text: string): Promise<void> {
    const ws = this.worksheet(sheet);
    const { row, col } = fromA1(address);
    const cell = ws.getCell(row, col);
    const t = text.trim();
    if (t === "") cell.value = null;
    else if (t.startsWith("=") && t.length > 1) cell.value = { formula: t.slice(1) };
    else if (/^-?\d+([.,]\d+)?$/.test(t)) cell.value = Number(t.replace(",", "."));
    else cell.value = text;
    const change: CellsChanged = { sheet, address: address.replace(/\$/g, "").toUpperCase() };
    for (const l of [...this.changeListeners]) if (l.sheet === sheet) l.listener(change);
  }

  private worksheet(sheet: string): ExcelJS.Worksheet {
    const ws = sheet === SETTINGS_SHEET ? undefined : this.workbook.getWorksheet(sheet);
    if (!ws) throw new HostError("SHEET_NOT_FOUND", { sheet });
    return ws;
  }

  private writeSettingsSheet(): void {
    const old = this.workbook.getWorksheet(SETTINGS_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    const ws = this.workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    [...this.settings].forEach(([key, value], i) => {
      ws.getCell(i + 1, 1).value = key;
      ws.getCell(i + 1, 2).value = value;
    });
    this.settingsDirty = false;
  }
}

function cropGrid(g: Grid, rows: number, cols: number): Grid {
  const cut = <T>(m: readonly (readonly T[])[]): T[][] =>
    m.slice(0, rows).map((r) => r.slice(0, cols));
  return {
    ...g,
    values: cut(g.values),
    formulas: cut(g.formulas),
    numberFormats: cut(g.numberFormats),
    merges: g.merges.filter((m) => m.top < g.top + rows && m.left < g.left + cols),
  };
}
