import { fromA1, rangeFromA1, rangeToA1, toA1 } from "../../src/core";
import { pageLayoutState, type FakePageLayoutState } from "./fakePageLayout";
import type { RangeRef } from "../../src/core";
import type {
  XlContext,
  XlDiagnostics,
  XlRequirementProbe,
  XlRun,
  XlRunOptions,
} from "../../src/excel/excelApi";
import { FakeContext, MAX_READ_CELLS, type SyncRecord } from "./fakeContext";
import {
  cellKey,
  keyToCell,
  ensureCell,
  hasContent,
  hasFormat,
  newSheet,
  type FakeState,
  type FakeValue,
} from "./fakeState";
import type { FakeCalculator } from "./writeCells";
import { holdChangeEvents, raiseChanged } from "./fakeEvents";
import { FakeExcelError } from "./fakeErrors";
import { OfficerMoves } from "./officerMoves";
import { recalculate } from "./calculate";
import { beforeWrite } from "./spills";

import type {
  FakeCellSpec,
  FakeCellState,
  FakeExcelOptions,
  FakeSheetSpec,
  FakeSheetState,
} from "./fakeSpecs";
import { FakeSettings } from "./fakeSettings";

export type {
  FakeCellSpec,
  FakeCellState,
  FakeExcelOptions,
  FakeSheetSpec,
  FakeSheetState,
} from "./fakeSpecs";
export { FakeSettings } from "./fakeSettings";

export const FIVE_MB = 5 * 1024 * 1024;

/**
 * A strict in-memory stand-in for Excel's JavaScript API, implementing exactly the subset in `excelApi.ts`.
 * Like Excel: reading a property not loaded and synced throws PropertyNotLoaded; queued writes apply only at
 * `sync()`; a 2-D array of the wrong size throws InvalidArgument; `*OrNullObject` gives `isNullObject`;
 * `getMergedAreasOrNullObject` reports only merges whose top-left lies in the range; a sync whose payload is
 * over 5 MB throws RequestPayloadSizeLimitExceeded. It counts syncs and their payload bytes.
 * It does not calculate: a written formula's value is `calculate(formula)` (default 0).
 *
 * @example
 * const fake = FakeExcel.fromSpecs([{ name: "S", rows: [["TT", "Thôn"], [1, "Quang Trung"]] }]);
 * const host = new ExcelHost({ run: fake.run, requirements: fake.requirements, settings: fake.settings });
 */
export class FakeExcel {
  readonly state: FakeState = { sheets: [], names: [], active: null, selection: null };
  /** The officer inserts, deletes and sorts rows and columns between two clicks (`officerMoves.ts`). */
  readonly officer = new OfficerMoves(this.state);
  readonly syncs: SyncRecord[] = [];
  /**
   * The options of every `Excel.run`. `mergeUndoGroup` is accepted only from ExcelApi 1.20 (the RunOptions reference:
   * "Api set: ExcelApi 1.20"; docs/excel-behaviours.md).
   */
  readonly runOptions: XlRunOptions[] = [];
  readonly settings = new FakeSettings();
  private readonly maxMinor: number;
  private readonly payloadLimit: number;
  private readonly calculate: FakeCalculator;
  private readonly recalculate: boolean;
  private readonly fillFormulasInTables: boolean;
  private readonly maxReadCells: number;
  readonly diagnostics: XlDiagnostics;
  private injected: { code: string; skip: number }[] = [];
  private hangs = 0;
  /** Syncs held until released (`holdSync`), by how many syncs pass first. */
  private holds: { skip: number; released: Promise<void> }[] = [];
  private editing: { done: Promise<void>; leave: () => void } | null = null;

  constructor(options: FakeExcelOptions = {}) {
    this.maxMinor = Number((options.excelApi ?? "1.17").split(".")[1]);
    this.payloadLimit = options.payloadLimit ?? FIVE_MB;
    this.calculate = options.calculate ?? (() => 0);
    this.recalculate = options.calculate === undefined;
    this.fillFormulasInTables = options.fillFormulasInTables ?? true;
    this.maxReadCells = options.maxReadCells ?? MAX_READ_CELLS;
    this.diagnostics = options.diagnostics ?? {
      host: "Excel",
      platform: "OfficeOnline",
      version: "16.0.fake",
    };
  }

  static fromSpecs(specs: readonly FakeSheetSpec[], options: FakeExcelOptions = {}): FakeExcel {
    const fake = new FakeExcel(options);
    for (const spec of specs) fake.addSheet(spec);
    return fake;
  }

  /** Seed a sheet directly (no sync is counted). Values are stored as given: strings stay text. */
  addSheet(spec: FakeSheetSpec): this {
    const sheet = newSheet(spec.name);
    this.state.sheets.push(sheet);
    this.state.active ??= spec.name;
    const origin = fromA1(spec.origin ?? "A1");
    const put = (row: number, col: number, c: FakeCellSpec): void => {
      if (c === null || c === "") return;
      const cell = ensureCell(sheet, row, col);
      if (typeof c !== "object") {
        cell.value = c;
        return;
      }
      if (c.value !== undefined && c.value !== null) cell.value = c.value;
      if (c.formula !== undefined) cell.formula = c.formula;
      if (c.numberFormat !== undefined) cell.numberFormat = c.numberFormat;
      if (c.fill !== undefined) cell.fill = c.fill.toUpperCase();
      if (c.bold !== undefined) cell.bold = c.bold;
      if (c.fontName !== undefined) cell.fontName = c.fontName;
      if (c.fontSize !== undefined) cell.fontSize = c.fontSize;
      if (c.error !== undefined) {
        cell.value = c.error;
        cell.error = true;
      }
    };
    spec.rows?.forEach((line, i) => line.forEach((c, j) => put(origin.row + i, origin.col + j, c)));
    for (const [address, c] of Object.entries(spec.cells ?? {})) {
      const { row, col } = fromA1(address);
      put(row, col, c);
    }
    for (const t of spec.tables ?? [])
      sheet.tables.push({
        name: t.name,
        ref: rangeFromA1(t.address),
        showHeaders: t.showHeaders ?? true,
      });
    if (spec.visibility) sheet.visibility = spec.visibility;
    if (spec.protected) sheet.protected = true;
    for (const m of spec.merges ?? []) {
      const ref = rangeFromA1(m);
      sheet.merges.push(ref);
      for (let r = ref.top; r <= ref.bottom; r++) {
        for (let c = ref.left; c <= ref.right; c++) {
          if (r === ref.top && c === ref.left) continue;
          const cell = sheet.cells.get(cellKey(r, c));
          if (cell) {
            cell.value = "";
            cell.formula = null;
          }
        }
      }
    }
    return this;
  }

  /** `Excel.run`: a fresh request context; pending commands are flushed (and counted) when the batch ends. */
  readonly run: XlRun = async <T>(
    batch: (context: XlContext) => Promise<T>,
    options?: XlRunOptions
  ): Promise<T> => {
    if (options?.mergeUndoGroup && this.maxMinor < 20)
      throw new FakeExcelError("ApiNotFound", "mergeUndoGroup needs ExcelApi 1.20 (fake).");
    this.runOptions.push({ ...options });
    const ctx = new FakeContext({
      takeHang: () => {
        const hold = this.holds[0];
        if (hold && hold.skip-- === 0) {
          this.holds.shift();
          return hold.released;
        }
        if (this.hangs === 0) return null;
        this.hangs--;
        return new Promise<never>(() => undefined);
      },
      cellEdit: () => this.editing?.done ?? null,
      // Below ExcelApi 1.11 Excel ignores the option: the batch fails in cell edit mode.
      delayForCellEdit: options?.delayForCellEdit === true && this.maxMinor >= 11,
      fillFormulasInTables: this.fillFormulasInTables,
      maxReadCells: this.maxReadCells,
      recalculate: this.recalculate,
      state: this.state,
      calc: this.calculate,
      payloadLimit: this.payloadLimit,
      supports: (set, version) => this.requirements(set, version),
      onSync: (record) => this.syncs.push(record),
      takeInjectedError: () => {
        const next = this.injected[0];
        if (!next) return null;
        if (next.skip > 0) {
          next.skip--;
          return null;
        }
        this.injected.shift();
        return next.code;
      },
    });
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };

  /** `Office.context.requirements.isSetSupported` for ExcelApi 1.1 … the configured version. */
  readonly requirements: XlRequirementProbe = (name, minVersion) => {
    if (name !== "ExcelApi") return false;
    const minor = Number((minVersion ?? "1.1").split(".")[1] ?? "1");
    return minor <= this.maxMinor;
  };

  /** A coming sync fails with this Office error code before applying anything (`skip` syncs pass first). */
  failNextSync(code: string, skip = 0): void {
    this.injected.push({ code, skip });
  }

  /**
   * Change events (`onChanged`) wait until the returned function is called, then arrive in order: Excel delivers
   * them asynchronously, at times seconds after the change (office-js #521, #1502).
   */
  holdEvents(): () => void {
    return holdChangeEvents(this.state);
  }

  /** The next `count` syncs never resolve (Excel on the web, office-js #6678). */
  hangNextSyncs(count = 1): void {
    this.hangs += count;
  }

  /**
   * A coming sync (`skip` syncs pass first) waits until the returned function is called, then goes on and applies:
   * Excel busy, or a cell being edited below ExcelApi 1.11's `delayForCellEdit`, finishing long after the caller
   * stopped waiting.
   */
  holdSync(skip = 0): () => void {
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ skip, released });
    return () => release();
  }

  /** The officer starts typing in a cell: syncs fail with InvalidOperation (or wait, with delayForCellEdit). */
  enterCellEdit(): void {
    if (this.editing) return;
    let leave = (): void => undefined;
    const done = new Promise<void>((resolve) => (leave = resolve));
    this.editing = { done, leave };
  }

  /** The officer presses Enter: waiting batches go on. */
  leaveCellEdit(): void {
    const e = this.editing;
    this.editing = null;
    e?.leave();
  }

  /** The officer types into a cell directly (no sync counted), e.g. between Apply and Undo. */
  officerEdit(sheet: string, address: string, value: FakeValue): void {
    const s = this.state.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`fake: no sheet ${sheet}`);
    const { row, col } = fromA1(address);
    const cell = ensureCell(s, row, col);
    if (!beforeWrite(s, cell, value)) return;
    cell.value = value;
    cell.formula = null;
    cell.error = false;
  }

  /**
   * Excel calculates the workbook as it would on opening it or on F9 (no sync counted): seeded formulas get their
   * values and dynamic arrays spill. Only with the fake's own formula engine (no fixed `calculate` option).
   */
  calculateNow(): void {
    if (!this.recalculate) throw new Error("fake: calculateNow needs the formula engine");
    recalculate(this.state);
    this.state.calculationStale = false;
  }

  /** The officer renames a sheet (defined names that refer to it follow, as in Excel). */
  renameSheet(from: string, to: string): void {
    const s = this.state.sheets.find((x) => x.name === from);
    if (!s) throw new Error(`fake: no sheet ${from}`);
    s.name = to;
    if (this.state.active === from) this.state.active = to;
  }

  /** The fill the officer sees: a conditional format's fill over the cell's own (the newest format wins). */
  displayedFill(sheet: string, address: string): string | null {
    const s = this.state.sheets.find((x) => x.name === sheet);
    if (!s) return null;
    const { row, col } = fromA1(address);
    const inside = (r: RangeRef) =>
      row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
    const cf = [...s.conditionalFormats].reverse().find((c) => c.fill !== null && inside(c.ref));
    if (cf) return cf.fill;
    return s.cells.get(cellKey(row, col))?.fill ?? null;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Forget the sync log (e.g. after seeding, before the action under test). */
  resetSyncs(): void {
    this.syncs.length = 0;
  }

  /** A sheet's print settings (Excel's defaults until the add-in sets them); null when there is no such sheet. */
  pageLayoutOf(sheet: string): FakePageLayoutState | null {
    const s = this.state.sheets.find((x) => x.name === sheet);
    return s ? structuredClone(pageLayoutState(s)) : null;
  }

  /**
   * The officer types into one cell (outside any batch): the value replaces the cell's content and formula, and
   * `onChanged` handlers of that sheet hear it once, with the cell's address — as in Excel.
   */
  typeCell(sheet: string, address: string, value: FakeValue | null): void {
    const s = this.state.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`fake: no sheet ${sheet}`);
    const { row, col } = fromA1(address);
    const cell = ensureCell(s, row, col);
    if (beforeWrite(s, cell, value ?? "")) {
      cell.value = value ?? "";
      cell.formula = null;
    }
    const source = this.requirements("ExcelApi", "1.14") ? "Unknown" : undefined;
    raiseChanged(this.state, s, { top: row, left: col, bottom: row, right: col }, source);
  }

  /** Calls that would clear the officer's Ctrl+Z history in Excel (sheet delete, rename), in order. */
  get undoHistoryClears(): readonly string[] {
    return this.state.undoHistoryClears ?? [];
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /** The workbook state as plain data, for comparisons (empty unformatted cells are left out). */
  exportState(): FakeSheetState[] {
    return this.state.sheets.map((s) => {
      const cells: Record<string, FakeCellState> = {};
      const keys = [...s.cells.keys()].sort((a, b) => a - b);
      for (const key of keys) {
        const c = s.cells.get(key);
        if (!c || !(hasContent(c) || hasFormat(c))) continue;
        const [r, col] = keyToCell(key);
        cells[toA1(r, col)] = structuredClone(c);
      }
      return {
        name: s.name,
        cells,
        merges: s.merges.map((m: RangeRef) => rangeToA1(m)).sort(),
        columnWidths: Object.fromEntries(s.columnWidths),
        validations: structuredClone(s.validations),
        charts: structuredClone(s.charts),
        frozenRows: s.frozenRows,
        tables: s.tables.map((t) => ({ name: t.name, address: rangeToA1(t.ref) })),
        conditionalFormats: s.conditionalFormats.map((c) => ({
          address: rangeToA1(c.ref),
          fill: c.fill,
        })),
      };
    });
  }
}
