import type { RangeRef } from "../../src/core";
import { OfficerMoves } from "./officerMoves";
import { rangeFromA1 } from "../../src/core";
import type {
  XlPageLayout,
  XlBorder,
  XlCellProperties,
  XlCellPropertiesOptions,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlNamedItem,
  XlNamedItemCollection,
  XlTable,
  XlTableCollection,
  XlChart,
  XlChartSeries,
  XlContext,
  XlDataValidation,
  XlFill,
  XlFont,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../src/excel/excelApi";
import { FakeExcelError, notLoaded } from "./fakeErrors";
import { cellEdges, cellProperties, setEdge, setEdgePart, setHorizontal } from "./fakeFormats";
import { FakePageLayout } from "./fakePageLayout";
import { recalculate } from "./calculate";
import {
  absoluteAddress,
  contains,
  quoteForAddress,
  ensureCell,
  findSheet,
  getCell,
  intersects,
  newSheet,
  parseRangeAddress,
  usedRange,
  type FakeChart,
  type FakeName,
  type FakeSheet,
  type FakeState,
  type FakeTable,
} from "./fakeState";
import { changeHandlers, raiseChanged, type FakeChangeHandler } from "./fakeEvents";
import { hasSpill, spillParent, spillingTo } from "./spills";
import { checkShape, forEachCell, shiftRows, writeEntry, type FakeCalculator } from "./writeCells";

/** Excel on the web: a range read over 5,000,000 cells returns `values: null` instead of failing. */
export const MAX_READ_CELLS = 5_000_000;
/** `getMergedAreasOrNullObject` fails when the range holds more than 512 merged areas (Range reference). */
export const MAX_MERGED_AREAS = 512;

/** One queued command: its JSON description (for the payload estimate) and what it does at sync time. */
type Op = { readonly describe: unknown; readonly run: () => void };

export type SyncRecord = {
  /** Request payload: JSON of the queued commands. */
  readonly bytes: number;
  /** Response payload: JSON of the values loaded by this sync. */
  readonly responseBytes: number;
  readonly ops: number;
  readonly calculationSuspended: boolean;
  /** The Office error code this sync failed with, if it did. */
  readonly failed: string | null;
};

/** Hooks the FakeExcel gives each context (shared state, limits, sync log). */
export type FakeHooks = {
  readonly state: FakeState;
  readonly calc: FakeCalculator;
  readonly payloadLimit: number;
  readonly supports: (set: string, version: string) => boolean;
  readonly onSync: (record: SyncRecord) => void;
  /** An error code the next sync fails with before applying anything (simulates cell-edit mode etc.). */
  takeInjectedError: () => string | null;
  /** True when this sync must never resolve (Excel on the web can wait forever, office-js #6678). */
  /** A sync held back (resolving late, or never), or null. */
  takeHang: () => Promise<void> | null;
  /** Resolves when the officer leaves cell edit mode; null when no cell is being edited. */
  cellEdit: () => Promise<void> | null;
  /** The batch runs with `delayForCellEdit` (and Excel supports it): wait instead of failing. */
  readonly delayForCellEdit: boolean;
  /** "Fill formulas in tables to create calculated columns" (Excel's default: on). */
  readonly fillFormulasInTables: boolean;
  /** Largest range read that returns arrays (Excel: 5,000,000 cells; tests may scale it down). */
  readonly maxReadCells: number;
  /** Recalculate formulas after each sync (a real formula engine); false when a fixed calculator is given. */
  readonly recalculate: boolean;
};

const utf8 = new TextEncoder();
let nextId = 0;

export class FakeContext implements XlContext {
  readonly workbook: {
    readonly worksheets: XlWorksheetCollection;
    readonly names: XlNamedItemCollection;
  };
  readonly application: XlContext["application"];
  private queue: Op[] = [];
  private suspended = false;
  private responseBytes = 0;

  constructor(readonly hooks: FakeHooks) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      names: new FakeNamedItemCollection(this),
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.enqueue({ suspend: true }, () => undefined);
        this.suspended = true;
      },
      calculate: (calculationType) => {
        this.enqueue({ calculate: calculationType }, () => {
          if (this.hooks.recalculate) recalculate(this.state);
          this.state.calculationStale = false;
        });
      },
    };
  }

  get state(): FakeState {
    return this.hooks.state;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(describe: unknown, run: () => void): void {
    this.queue.push({ describe, run });
  }

  /** Writes to a protected sheet fail like Excel's (AccessDenied). */
  writable(sheet: FakeSheet): void {
    if (sheet.protected) {
      throw new FakeExcelError(
        "AccessDenied",
        `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`
      );
    }
  }

  /** Count loaded data towards this sync's response size. */
  respond(value: unknown): void {
    this.responseBytes += utf8.encode(JSON.stringify(value) ?? "").length;
  }

  requireSet(set: string, version: string): void {
    if (!this.hooks.supports(set, version)) {
      throw new FakeExcelError(
        "ApiNotFound",
        `The API you are trying to use could not be found (${set} ${version}).`
      );
    }
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const suspended = this.suspended;
    this.queue = [];
    this.suspended = false;
    await Promise.resolve();
    const held = this.hooks.takeHang();
    if (held) await held;
    const editing = this.hooks.cellEdit();
    if (editing && this.hooks.delayForCellEdit) await editing;
    const bytes = utf8.encode(JSON.stringify(ops.map((o) => o.describe))).length;
    const record: { -readonly [K in keyof SyncRecord]: SyncRecord[K] } = {
      bytes,
      responseBytes: 0,
      ops: ops.length,
      calculationSuspended: suspended,
      failed: null,
    };
    this.hooks.onSync(record);
    try {
      const injected = this.hooks.takeInjectedError();
      if (injected) throw new FakeExcelError(injected, `Injected failure ${injected}`);
      if (this.hooks.cellEdit()) {
        throw new FakeExcelError(
          "InvalidOperation",
          "The operation is not allowed while Excel is in cell edit mode."
        );
      }
      if (bytes > this.hooks.payloadLimit) {
        throw new FakeExcelError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${bytes} bytes) has exceeded the limit (${this.hooks.payloadLimit}).`
        );
      }
      this.responseBytes = 0;
      try {
        for (const op of ops) op.run();
      } finally {
        record.responseBytes = this.responseBytes;
        // Under suspendApiCalculationUntilNextSync Excel calculates nothing: the written cells' dependents stay stale
        // until the workbook is calculated (application.calculate) or a later write recalculates them.
        const writes = ops.some((o) => !isLoad(o.describe) && !isCalculate(o.describe));
        if (writes && suspended) this.state.calculationStale = true;
        else if (writes && this.hooks.recalculate) {
          recalculate(this.state);
          this.state.calculationStale = false;
        }
      }
      if (this.responseBytes > this.hooks.payloadLimit) {
        throw new FakeExcelError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${this.responseBytes} bytes) has exceeded the limit (${this.hooks.payloadLimit}).`
        );
      }
    } catch (e) {
      record.failed = e instanceof FakeExcelError ? e.code : "GeneralException";
      throw e;
    }
  }
}

function isCalculate(describe: unknown): boolean {
  return typeof describe === "object" && describe !== null && "calculate" in describe;
}

function isLoad(describe: unknown): boolean {
  return typeof describe === "object" && describe !== null && "load" in describe;
}

/** Base of every proxy: properties are readable only after `load` and `sync`, like Office.js. */
abstract class FakeObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  readonly proxyId = ++nextId;

  constructor(protected readonly ctx: FakeContext) {}

  /** The live object this proxy points at; null for a null object; throws ItemNotFound for a missing getItem. */
  protected abstract resolve(): T | null;
  /** Read one loadable property from the live object. */
  protected abstract read(target: T, prop: string): unknown;
  protected abstract readonly loadable: readonly string[];

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  load(propertyNames?: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(","))
      .map((s) => s.trim())
      .filter((s) => s !== "");
    for (const n of names) {
      if (!this.loadable.includes(n))
        throw new FakeExcelError("InvalidArgument", `Cannot load '${n}' (fake).`);
    }
    this.ctx.enqueue({ load: this.proxyId, names }, () => {
      const target = this.resolve();
      this.nullState = target === null;
      if (target === null) return;
      for (const n of names) {
        const value = structuredClone(this.read(target, n));
        this.ctx.respond(value);
        this.loaded.set(n, value);
      }
    });
    return this;
  }

  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** Queue a command on the live object; a null object ignores commands. */
  protected command(describe: Record<string, unknown>, fn: (target: T) => void): void {
    this.ctx.enqueue({ on: this.proxyId, ...describe }, () => {
      const target = this.resolve();
      if (target !== null) fn(target);
    });
  }
}

type Live = { readonly sheet: FakeSheet; readonly ref: RangeRef };

class FakeRange extends FakeObject<Live> implements XlRange {
  protected readonly loadable = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "valueTypes",
    "rowCount",
    "columnCount",
    "hasSpill",
  ];
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;

  constructor(
    ctx: FakeContext,
    private readonly locate: () => Live | null
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    this.dataValidation = new FakeDataValidation(ctx, this);
    this.conditionalFormats = new FakeConditionalFormats(ctx, this);
  }

  protected resolve(): Live | null {
    return this.locate();
  }

  /** For child proxies (format, validation) */
  live(): Live | null {
    return this.locate();
  }

  /** `hasSpill` is ExcelApi 1.12: asking for it below is ApiNotFound, like the spill methods. */
  override load(propertyNames?: string | string[]): this {
    const names = Array.isArray(propertyNames) ? propertyNames.join(",") : (propertyNames ?? "");
    if (/\bhasSpill\b/.test(names)) this.ctx.requireSet("ExcelApi", "1.12");
    return super.load(propertyNames);
  }

  protected read(t: Live, prop: string): unknown {
    const cells = (t.ref.bottom - t.ref.top + 1) * (t.ref.right - t.ref.left + 1);
    const matrix = (fn: (row: number, col: number) => unknown): unknown[][] | null => {
      // Excel on the web: over 5,000,000 cells the arrays come back null ("resource limits").
      if (cells > this.ctx.hooks.maxReadCells) return null;
      const out: unknown[][] = [];
      for (let r = t.ref.top; r <= t.ref.bottom; r++) {
        const line: unknown[] = [];
        for (let c = t.ref.left; c <= t.ref.right; c++) line.push(fn(r, c));
        out.push(line);
      }
      return out;
    };
    switch (prop) {
      case "address":
        return absoluteAddress(t.sheet.name, t.ref);
      case "values":
        return matrix((r, c) => getCell(t.sheet, r, c)?.value ?? "");
      case "formulas":
        return matrix((r, c) => {
          const cell = getCell(t.sheet, r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
      case "numberFormat":
        return matrix((r, c) => getCell(t.sheet, r, c)?.numberFormat ?? "General");
      case "valueTypes":
        return matrix((r, c) => {
          const cell = getCell(t.sheet, r, c);
          if (!cell || cell.value === "") return "Empty";
          if (cell.error) return "Error";
          return typeof cell.value === "number"
            ? "Double"
            : typeof cell.value === "boolean"
              ? "Boolean"
              : "String";
        });
      case "rowCount":
        return t.ref.bottom - t.ref.top + 1;
      case "hasSpill":
        return hasSpill(t.sheet, t.ref);
      default:
        return t.ref.right - t.ref.left + 1;
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get hasSpill(): boolean | null {
    return this.get("hasSpill");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.setMatrix("values", v);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.setMatrix("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    const data = structuredClone(v);
    this.command({ set: "numberFormat", data }, (t) => {
      this.ctx.writable(t.sheet);
      const rows = checkShape(data, t.ref, "numberFormat");
      forEachCell(t.ref, (r, c, i, j) => {
        const f = rows[i]?.[j];
        if (f === null || f === undefined) return;
        if (typeof f !== "string")
          throw new FakeExcelError("InvalidArgument", "numberFormat entries are strings");
        ensureCell(t.sheet, r, c).numberFormat = f;
      });
    });
  }

  private setMatrix(prop: "values" | "formulas", v: unknown[][]): void {
    const data = structuredClone(v);
    this.command({ set: prop, data }, (t) => {
      this.ctx.writable(t.sheet);
      const rows = checkShape(data, t.ref, prop);
      forEachCell(t.ref, (r, c, i, j) =>
        writeEntry(t.sheet, r, c, rows[i]?.[j], this.ctx.hooks.calc)
      );
      if (this.ctx.hooks.fillFormulasInTables) fillDown(t.sheet, t.ref, rows);
      const source = this.ctx.hooks.supports("ExcelApi", "1.14") ? "ThisLocalAddin" : undefined;
      raiseChanged(this.ctx.state, t.sheet, t.ref, source);
    });
  }

  getCell(row: number, column: number): XlRange {
    return new FakeRange(this.ctx, () => {
      const t = this.locate();
      if (!t) return null;
      const r = t.ref.top + row;
      const c = t.ref.left + column;
      return { sheet: t.sheet, ref: { top: r, left: c, bottom: r, right: c } };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): XlRange {
    this.ctx.requireSet("ExcelApi", "1.2");
    return new FakeRange(this.ctx, () => {
      const t = this.locate();
      if (!t) return null;
      const ref = {
        ...t.ref,
        bottom: Math.min(1_048_576, t.ref.bottom + deltaRows),
        right: Math.min(16_384, t.ref.right + deltaColumns),
      };
      if (ref.bottom < ref.top || ref.right < ref.left)
        throw new FakeExcelError("InvalidArgument", "The resized range is empty.");
      return { sheet: t.sheet, ref };
    });
  }

  getIntersectionOrNullObject(anotherRange: XlRange | string): XlRange {
    this.ctx.requireSet("ExcelApi", "1.4");
    const fixed = typeof anotherRange === "string" ? parseRangeAddress(anotherRange) : null;
    return new FakeRange(this.ctx, () => {
      const t = this.locate();
      const other = fixed ?? (anotherRange as FakeRange).live()?.ref ?? null;
      if (!t || !other || !intersects(t.ref, other)) return null;
      return {
        sheet: t.sheet,
        ref: {
          top: Math.max(t.ref.top, other.top),
          left: Math.max(t.ref.left, other.left),
          bottom: Math.min(t.ref.bottom, other.bottom),
          right: Math.min(t.ref.right, other.right),
        },
      };
    });
  }

  /**
   * ExcelApi 1.12: the spill range of an anchor cell; a null object for any other single cell. The docs say the
   * method "fails if applied to a range with more than one cell": the fake fails the sync then.
   */
  getSpillingToRangeOrNullObject(): XlRange {
    this.ctx.requireSet("ExcelApi", "1.12");
    return new FakeRange(this.ctx, () => {
      const t = this.locate();
      if (!t) return null;
      if (t.ref.top !== t.ref.bottom || t.ref.left !== t.ref.right)
        throw new FakeExcelError("InvalidArgument", "getSpillingToRange needs a single cell.");
      const ref = spillingTo(t.sheet, t.ref.top, t.ref.left);
      return ref ? { sheet: t.sheet, ref } : null;
    });
  }

  /**
   * ExcelApi 1.12: the anchor cell of a spilled cell (an anchor is its own); "if it's not a spilled cell, or more
   * than one cell is given", a null object.
   */
  getSpillParentOrNullObject(): XlRange {
    this.ctx.requireSet("ExcelApi", "1.12");
    return new FakeRange(this.ctx, () => {
      const t = this.locate();
      if (!t || t.ref.top !== t.ref.bottom || t.ref.left !== t.ref.right) return null;
      const at = spillParent(t.sheet, t.ref.top, t.ref.left);
      return at
        ? { sheet: t.sheet, ref: { top: at.row, left: at.col, bottom: at.row, right: at.col } }
        : null;
    });
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    this.ctx.requireSet("ExcelApi", "1.13");
    return new FakeRangeAreas(this.ctx, () => {
      const t = this.locate();
      if (!t) return null;
      const inside = t.sheet.merges.filter((m) => contains(t.ref, m.top, m.left));
      if (inside.length > MAX_MERGED_AREAS) {
        throw new FakeExcelError(
          "GeneralException",
          `The range has ${inside.length} merged areas; getMergedAreas returns at most ${MAX_MERGED_AREAS}.`
        );
      }
      return inside.length === 0 ? null : { sheet: t.sheet, areas: inside };
    });
  }

  getCellProperties(options: XlCellPropertiesOptions): {
    readonly value: XlCellProperties[][];
  } {
    this.ctx.requireSet("ExcelApi", "1.9");
    let result: XlCellProperties[][] | undefined;
    this.ctx.enqueue({ getCellProperties: this.proxyId, options }, () => {
      const t = this.locate();
      const out: XlCellProperties[][] = [];
      result = out; // a null object's properties are empty
      if (!t) return;
      forEachCell(t.ref, (r, c, i) =>
        (out[i] ??= []).push(cellProperties(getCell(t.sheet, r, c), options))
      );
      this.ctx.respond(out);
    });
    return {
      get value(): XlCellProperties[][] {
        if (result === undefined) throw notLoaded("value");
        return result;
      },
    };
  }

  merge(across?: boolean): void {
    this.command({ merge: across ?? false }, (t) => {
      this.ctx.writable(t.sheet);
      // Merging over merged cells re-merges them (Excel drops the old areas).
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.ref));
      const areas: RangeRef[] = across
        ? Array.from({ length: t.ref.bottom - t.ref.top + 1 }, (_, i) => ({
            ...t.ref,
            top: t.ref.top + i,
            bottom: t.ref.top + i,
          }))
        : [t.ref];
      for (const area of areas) {
        forEachCell(area, (r, c) => {
          if (r === area.top && c === area.left) return;
          const cell = getCell(t.sheet, r, c);
          if (cell) {
            cell.value = "";
            cell.formula = null;
          }
        });
        if (area.bottom > area.top || area.right > area.left) t.sheet.merges.push(area);
      }
    });
  }

  /** Whole rows only ("A5:XFD6"): the rows move down as when the officer inserts them (officerMoves.ts). */
  insert(shift: "Down" | "Right"): XlRange {
    this.command({ insert: shift }, (t) => {
      this.ctx.writable(t.sheet);
      if (shift !== "Down" || t.ref.left !== 1 || t.ref.right !== 16_384)
        throw new FakeExcelError("InvalidArgument", "The fake inserts whole rows only.");
      new OfficerMoves(this.ctx.state).insertRows(
        t.sheet.name,
        t.ref.top,
        t.ref.bottom - t.ref.top + 1
      );
    });
    return this;
  }

  /** ExcelApi 1.2: every merged area that intersects the range is unmerged. */
  unmerge(): void {
    this.ctx.requireSet("ExcelApi", "1.2");
    this.command({ unmerge: true }, (t) => {
      this.ctx.writable(t.sheet);
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.ref));
    });
  }

  select(): void {
    this.command({ select: true }, (t) => {
      if (this.ctx.state.active?.toLowerCase() !== t.sheet.name.toLowerCase()) {
        throw new FakeExcelError(
          "InvalidOperation",
          "Cannot select a range on a sheet that is not active."
        );
      }
      this.ctx.state.selection = {
        sheet: t.sheet.name,
        address: absoluteAddress(t.sheet.name, t.ref),
      };
    });
  }
}

class FakeRangeAreas
  extends FakeObject<{ sheet: FakeSheet; areas: RangeRef[] }>
  implements XlRangeAreas
{
  protected readonly loadable = ["address", "areaCount"];
  constructor(
    ctx: FakeContext,
    private readonly locate: () => { sheet: FakeSheet; areas: RangeRef[] } | null
  ) {
    super(ctx);
  }
  protected resolve() {
    return this.locate();
  }
  protected read(t: { sheet: FakeSheet; areas: RangeRef[] }, prop: string): unknown {
    return prop === "address"
      ? t.areas.map((a) => absoluteAddress(t.sheet.name, a)).join(",")
      : t.areas.length;
  }
  get address(): string {
    return this.get("address");
  }
}

/** Format sub-objects write to every cell of their range; they are write-only in this fake except fill.color. */
class FakeRangeFormat implements XlRangeFormat {
  readonly fill: XlFill;
  readonly font: XlFont;
  readonly borders: { getItem(index: string): XlBorder };

  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange
  ) {
    const each = (
      describe: Record<string, unknown>,
      fn: (cell: ReturnType<typeof ensureCell>) => void
    ) => this.each(describe, fn);
    const eachAt = (
      describe: Record<string, unknown>,
      fn: (cell: ReturnType<typeof ensureCell>, row: number, col: number, ref: RangeRef) => void
    ) => this.eachAt(describe, fn);
    this.fill = {
      get color(): string {
        throw notLoaded("format/fill/color (the host reads fills with getCellProperties)");
      },
      set color(v: string) {
        each({ fill: v }, (c) => (c.fill = v.toUpperCase()));
      },
      clear: () => each({ fillClear: true }, (c) => (c.fill = null)),
    };
    this.font = {
      get bold(): boolean {
        throw notLoaded("format/font/bold");
      },
      set bold(v: boolean) {
        each({ bold: v }, (c) => (c.bold = v));
      },
      get italic(): boolean {
        throw notLoaded("format/font/italic");
      },
      set italic(v: boolean) {
        each({ italic: v }, (c) => (c.italic = v));
      },
      get color(): string {
        throw notLoaded("format/font/color");
      },
      set color(v: string) {
        each({ fontColor: v }, (c) => (c.fontColor = v.toUpperCase()));
      },
      get name(): string {
        throw notLoaded("format/font/name");
      },
      set name(v: string) {
        each({ fontName: v }, (c) => (c.fontName = v));
      },
      get size(): number {
        throw notLoaded("format/font/size");
      },
      set size(v: number) {
        each({ fontSize: v }, (c) => (c.fontSize = v));
      },
    };
    this.borders = {
      getItem: (index: string): XlBorder => ({
        get style(): string {
          throw notLoaded("border/style");
        },
        set style(v: string) {
          eachAt({ border: index, style: v }, (c, r, col, ref) => {
            for (const edge of cellEdges(index, ref, r, col)) setEdge(c, edge, v);
          });
        },
        get color(): string {
          throw notLoaded("border/color");
        },
        set color(v: string) {
          eachAt({ border: index, color: v }, (c, r, col, ref) => {
            for (const edge of cellEdges(index, ref, r, col)) setEdgePart(c, edge, "color", v);
          });
        },
        get weight(): string {
          throw notLoaded("border/weight");
        },
        set weight(v: string) {
          eachAt({ border: index, weight: v }, (c, r, col, ref) => {
            for (const edge of cellEdges(index, ref, r, col)) setEdgePart(c, edge, "weight", v);
          });
        },
      }),
    };
  }

  private each(
    describe: Record<string, unknown>,
    fn: (cell: ReturnType<typeof ensureCell>) => void
  ): void {
    this.eachAt(describe, (cell) => fn(cell));
  }

  private eachAt(
    describe: Record<string, unknown>,
    fn: (cell: ReturnType<typeof ensureCell>, row: number, col: number, ref: RangeRef) => void
  ): void {
    this.ctx.enqueue({ format: this.range.proxyId, ...describe }, () => {
      const t = this.range.live();
      if (!t) return;
      this.ctx.writable(t.sheet);
      forEachCell(t.ref, (r, c) => fn(ensureCell(t.sheet, r, c), r, c, t.ref));
    });
  }

  get horizontalAlignment(): string {
    throw notLoaded("format/horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.each({ horizontal: v }, (c) => setHorizontal(c, v));
  }
  get wrapText(): boolean {
    throw notLoaded("format/wrapText");
  }
  set wrapText(v: boolean) {
    this.each({ wrap: v }, (c) => (c.wrap = v));
  }
  get columnWidth(): number {
    throw notLoaded("format/columnWidth");
  }
  set columnWidth(v: number) {
    this.ctx.enqueue({ format: this.range.proxyId, columnWidth: v }, () => {
      const t = this.range.live();
      if (t) for (let c = t.ref.left; c <= t.ref.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
}

class FakeDataValidation implements XlDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange
  ) {}

  private upsert(
    describe: Record<string, unknown>,
    fn: (v: { rule: unknown; prompt: unknown; errorAlert: unknown }) => void
  ) {
    this.ctx.enqueue({ validation: this.range.proxyId, ...describe }, () => {
      this.ctx.requireSet("ExcelApi", "1.8");
      const t = this.range.live();
      if (!t) return;
      const address = absoluteAddress(t.sheet.name, t.ref);
      let v = t.sheet.validations.find((x) => x.address === address);
      if (!v) {
        v = { address, rule: null, prompt: null, errorAlert: null };
        t.sheet.validations.push(v);
      }
      fn(v);
    });
  }

  get rule(): XlDataValidation["rule"] {
    throw notLoaded("dataValidation/rule");
  }
  set rule(r: XlDataValidation["rule"]) {
    const rule = structuredClone(r);
    const kinds = Object.keys(rule);
    if (kinds.length !== 1)
      throw new FakeExcelError("InvalidArgument", "A data validation rule has exactly one kind.");
    this.upsert({ rule }, (v) => (v.rule = rule));
  }
  get prompt(): XlDataValidation["prompt"] {
    throw notLoaded("dataValidation/prompt");
  }
  set prompt(p: XlDataValidation["prompt"]) {
    const prompt = structuredClone(p);
    this.upsert({ prompt }, (v) => (v.prompt = prompt));
  }
  get errorAlert(): XlDataValidation["errorAlert"] {
    throw notLoaded("dataValidation/errorAlert");
  }
  set errorAlert(e: XlDataValidation["errorAlert"]) {
    const errorAlert = structuredClone(e);
    this.upsert({ errorAlert }, (v) => (v.errorAlert = errorAlert));
  }
  clear(): void {
    this.ctx.enqueue({ validation: this.range.proxyId, clear: true }, () => {
      const t = this.range.live();
      if (t)
        t.sheet.validations = t.sheet.validations.filter(
          (v) => !intersects(parseRangeAddress(v.address), t.ref)
        );
    });
  }
}

class FakeChartProxy extends FakeObject<FakeChart> implements XlChart {
  protected readonly loadable = ["name"];
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): XlChartSeries; add(name?: string): XlChartSeries };

  constructor(
    ctx: FakeContext,
    private readonly locate: () => FakeChart | null,
    private readonly sheet: () => FakeSheet | null
  ) {
    super(ctx);
    const cmd = (d: Record<string, unknown>, fn: (c: FakeChart) => void) => this.command(d, fn);
    this.title = {
      get text(): string {
        throw notLoaded("chart/title/text");
      },
      set text(v: string) {
        cmd({ title: v }, (c) => (c.title = v));
      },
    };
    const seriesProxy = (
      pick: (c: FakeChart) => FakeChart["series"][number] | undefined
    ): XlChartSeries => {
      const on = (d: Record<string, unknown>, fn: (s: FakeChart["series"][number]) => void) =>
        cmd(d, (c) => {
          const s = pick(c);
          if (!s) throw new FakeExcelError("ItemNotFound", "The chart series does not exist.");
          fn(s);
        });
      const addressOf = (r: XlRange): string => {
        const live = (r as FakeRange).live();
        if (!live) throw new FakeExcelError("InvalidArgument", "Series data range does not exist.");
        return absoluteAddress(live.sheet.name, live.ref);
      };
      return {
        get name(): string {
          throw notLoaded("series/name");
        },
        set name(v: string) {
          on({ seriesName: v }, (s) => (s.name = v));
        },
        setValues: (r: XlRange) =>
          on({ setValues: (r as FakeRange).proxyId }, (s) => (s.values = addressOf(r))),
        setXAxisValues: (r: XlRange) =>
          on({ setXAxisValues: (r as FakeRange).proxyId }, (s) => (s.categories = addressOf(r))),
      };
    };
    this.series = {
      getItemAt: (index: number) => seriesProxy((c) => c.series[index]),
      add: (name?: string) => {
        let added: FakeChart["series"][number] | undefined;
        cmd({ addSeries: name ?? "" }, (c) => {
          added = { name: name ?? "", values: null, categories: null };
          c.series.push(added);
        });
        return seriesProxy(() => added);
      },
    };
  }

  protected resolve(): FakeChart | null {
    return this.locate();
  }
  protected read(t: FakeChart): unknown {
    return t.name;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.command({ chartName: v }, (c) => {
      if (this.sheet()?.charts.some((o) => o !== c && o.name === v)) {
        throw new FakeExcelError("InvalidArgument", `A chart named ${v} already exists.`);
      }
      c.name = v;
    });
  }
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void {
    const text = (x: XlRange | string | undefined): string | null =>
      x === undefined ? null : typeof x === "string" ? x : `#range${(x as FakeRange).proxyId}`;
    this.command({ position: [text(startCell), text(endCell)] }, (c) => {
      c.position = { start: text(startCell) as string, end: text(endCell) };
    });
  }
  delete(): void {
    this.command({ deleteChart: true }, (c) => {
      const s = this.sheet();
      if (s) s.charts = s.charts.filter((o) => o !== c);
    });
  }
}

class FakeWorksheet extends FakeObject<FakeSheet> implements XlWorksheet {
  protected readonly loadable = ["name", "id", "position", "visibility"];
  readonly charts: XlWorksheet["charts"];
  /** ExcelApi 1.7: registration and removal take effect at the next sync of the context they were queued on. */
  readonly onChanged: XlWorksheet["onChanged"] = {
    add: (handler) => {
      this.ctx.requireSet("ExcelApi", "1.7");
      let entry: FakeChangeHandler | null = null;
      this.command({ addHandler: "onChanged" }, (s) => {
        entry = { sheet: s, handler };
        changeHandlers(this.ctx.state).add(entry);
      });
      const ctx = this.ctx;
      return {
        context: ctx,
        remove: () =>
          ctx.enqueue({ removeHandler: "onChanged" }, () => {
            if (entry) changeHandlers(ctx.state).delete(entry);
          }),
      };
    },
  };
  readonly tables: XlTableCollection;
  readonly freezePanes: { freezeRows(count?: number): void };

  constructor(
    ctx: FakeContext,
    private readonly locate: () => FakeSheet | null
  ) {
    super(ctx);
    this.charts = {
      add: (type, sourceData, seriesBy) => {
        let created: FakeChart | null = null;
        this.command(
          {
            addChart: type,
            source: (sourceData as FakeRange).proxyId,
            seriesBy: seriesBy ?? "Auto",
          },
          (s) => {
            const live = (sourceData as FakeRange).live();
            if (!live)
              throw new FakeExcelError("InvalidArgument", "Chart source range does not exist.");
            const address = absoluteAddress(live.sheet.name, live.ref);
            created = {
              name: `Chart ${s.charts.length + 1}`,
              type,
              source: address,
              title: "",
              series: [{ name: "", values: address, categories: null }],
              position: null,
            };
            s.charts.push(created);
          }
        );
        return new FakeChartProxy(
          ctx,
          () => created,
          () => this.locate()
        );
      },
      getItemOrNullObject: (name: string) =>
        new FakeChartProxy(
          ctx,
          () => this.locate()?.charts.find((c) => c.name === name) ?? null,
          () => this.locate()
        ),
    };
    this.tables = new FakeTableCollection(ctx, () => this.locate());
    this.freezePanes = {
      freezeRows: (count?: number) =>
        this.command({ freezeRows: count ?? 1 }, (s) => (s.frozenRows = count ?? 1)),
    };
  }

  protected resolve(): FakeSheet | null {
    return this.locate();
  }
  protected read(t: FakeSheet, prop: string): unknown {
    if (prop === "visibility") return t.visibility;
    if (prop === "id") return t.id;
    return prop === "name" ? t.name : this.ctx.state.sheets.indexOf(t);
  }
  get pageLayout(): XlPageLayout {
    this.ctx.requireSet("ExcelApi", "1.9");
    return new FakePageLayout(this.ctx, () => this.locate());
  }
  get name(): string {
    return this.get("name");
  }
  /** Renaming: defined names that refer to the sheet follow (they hold the sheet itself). */
  set name(v: string) {
    this.command({ rename: v }, (s) => {
      if (INVALID_NAME.test(v) || v.length > 31 || v.trim() === "")
        throw new FakeExcelError("InvalidArgument", `Invalid sheet name '${v}'.`);
      if (this.ctx.state.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase()))
        throw new FakeExcelError("ItemAlreadyExists", `A sheet named '${v}' already exists.`);
      if (this.ctx.state.active === s.name) this.ctx.state.active = v;
      (this.ctx.state.undoHistoryClears ??= []).push(`rename ${s.name}`);
      s.name = v;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get visibility(): string {
    return this.get("visibility");
  }

  /** Preload properties (for `worksheets.items`). */
  preload(props: Record<string, unknown>): this {
    for (const [k, v] of Object.entries(props)) this.loaded.set(k, v);
    return this;
  }

  getRange(address?: string): XlRange {
    if (address === undefined)
      throw new FakeExcelError("InvalidArgument", "getRange() without an address (fake).");
    let ref: RangeRef | null = null;
    try {
      ref = parseRangeAddress(address);
    } catch {
      ref = null; // like Excel, a bad address fails at sync, not when queued
    }
    return new FakeRange(this.ctx, () => {
      if (ref === null)
        throw new FakeExcelError("InvalidArgument", `Invalid range address '${address}'.`);
      const s = this.locate();
      return s ? { sheet: s, ref } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    return new FakeRange(this.ctx, () => {
      const s = this.locate();
      const ref = s ? usedRange(s, valuesOnly ?? false) : null;
      return s && ref ? { sheet: s, ref } : null;
    });
  }

  activate(): void {
    this.command({ activate: true }, (s) => (this.ctx.state.active = s.name));
  }

  delete(): void {
    this.command({ deleteSheet: true }, (s) => {
      const state = this.ctx.state;
      if (state.sheets.length === 1)
        throw new FakeExcelError("InvalidOperation", "A workbook needs one sheet.");
      (state.undoHistoryClears ??= []).push(`delete ${s.name}`);
      state.sheets = state.sheets.filter((x) => x !== s);
      for (const n of state.names) if (n.sheet === s) n.sheet = null;
      if (state.active === s.name) state.active = state.sheets[0]?.name ?? null;
      if (state.selection?.sheet === s.name) state.selection = null;
    });
  }
}

const INVALID_NAME = /[[\]:*?/\\]/;

/** What a collection's `load("items/name, items/visibility")` asks for: the property names of its items. */
function collectionLoad(propertyNames?: string | string[]): { names: string; props: string[] } {
  const names = Array.isArray(propertyNames) ? propertyNames.join(",") : (propertyNames ?? "");
  const props = names
    .split(",")
    .map((n) => n.trim().replace(/^items\//, ""))
    .filter((n) => n !== "" && n !== "items");
  return { names, props };
}

class FakeWorksheetCollection implements XlWorksheetCollection {
  private loadedItems: XlWorksheet[] | undefined;
  constructor(private readonly ctx: FakeContext) {}

  get items(): XlWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames?: string | string[]): this {
    const { names, props } = collectionLoad(propertyNames);
    if (props.some((p) => p !== "name" && p !== "visibility" && p !== "id")) {
      throw new FakeExcelError("InvalidArgument", `Cannot load '${names}' on worksheets (fake).`);
    }
    this.ctx.enqueue({ load: "worksheets", names }, () => {
      this.loadedItems = this.ctx.state.sheets.map((s) =>
        new FakeWorksheet(this.ctx, () => (this.ctx.state.sheets.includes(s) ? s : null)).preload({
          name: s.name,
          ...(props.includes("id") ? { id: s.id } : {}),
          ...(props.includes("visibility") ? { visibility: s.visibility } : {}),
        })
      );
      this.ctx.respond(this.ctx.state.sheets.map((s) => [s.name, s.visibility]));
    });
    return this;
  }

  getItem(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = findSheet(this.ctx.state, key);
      if (!s)
        throw new FakeExcelError(
          "ItemNotFound",
          `The requested resource doesn't exist (worksheet '${key}').`
        );
      return s;
    });
  }

  getItemOrNullObject(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.state, key) ?? null);
  }

  getActiveWorksheet(): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const state = this.ctx.state;
      return (state.active && findSheet(state, state.active)) || state.sheets[0] || null;
    });
  }

  add(name?: string): XlWorksheet {
    const sheetName = name ?? `Sheet${this.ctx.state.sheets.length + 1}`;
    this.ctx.enqueue({ addSheet: sheetName }, () => {
      if (INVALID_NAME.test(sheetName) || sheetName.length > 31 || sheetName.trim() === "") {
        throw new FakeExcelError("InvalidArgument", `Invalid sheet name '${sheetName}'.`);
      }
      if (findSheet(this.ctx.state, sheetName)) {
        throw new FakeExcelError(
          "ItemAlreadyExists",
          `A sheet named '${sheetName}' already exists.`
        );
      }
      this.ctx.state.sheets.push(newSheet(sheetName));
    });
    return this.getItem(sheetName);
  }
}

/**
 * Excel's calculated columns: a formula written into the data body of a table column is filled into every other
 * data-body cell of that column (the last formula written wins, office-js #2093 / #5909), relative rows shifted.
 * A table without a header row (`showHeaders` off) has its body from its first row.
 */
function fillDown(sheet: FakeSheet, ref: RangeRef, rows: unknown[][]): void {
  for (const table of sheet.tables) {
    const body = { ...table.ref, top: table.ref.top + (table.showHeaders ? 1 : 0) };
    if (body.top > body.bottom || !intersects(body, ref)) continue;
    for (let c = Math.max(ref.left, body.left); c <= Math.min(ref.right, body.right); c++) {
      let last: { row: number; formula: string } | null = null;
      for (let r = Math.max(ref.top, body.top); r <= Math.min(ref.bottom, body.bottom); r++) {
        const entry = rows[r - ref.top]?.[c - ref.left];
        if (typeof entry === "string" && entry.startsWith("=")) last = { row: r, formula: entry };
      }
      if (!last) continue;
      for (let r = body.top; r <= body.bottom; r++) {
        const cell = ensureCell(sheet, r, c);
        cell.formula = shiftRows(last.formula, r - last.row);
        cell.error = false;
      }
    }
  }
}

let nextConditionalFormat = 0;

class FakeConditionalFormatProxy
  extends FakeObject<{ sheet: FakeSheet; cf: FakeSheet["conditionalFormats"][number] }>
  implements XlConditionalFormat
{
  protected readonly loadable = ["id", "type", "custom/rule/formula"];
  readonly custom: XlConditionalFormat["custom"];
  /** For `conditionalFormats.items`: the id (and the type when asked) are loaded with the collection. */
  preloadId(id: string, withType = false): this {
    this.loaded.set("id", id);
    if (withType) this.loaded.set("type", "Custom");
    return this;
  }
  constructor(
    ctx: FakeContext,
    private readonly locate: () => {
      sheet: FakeSheet;
      cf: FakeSheet["conditionalFormats"][number];
    } | null
  ) {
    super(ctx);
    const cmd = (
      d: Record<string, unknown>,
      fn: (cf: FakeSheet["conditionalFormats"][number]) => void
    ) => this.command(d, (t) => fn(t.cf));
    const loaded = this.loaded;
    this.custom = {
      rule: {
        get formula(): string {
          if (!loaded.has("custom/rule/formula"))
            throw notLoaded("conditionalFormat/custom/rule/formula");
          return loaded.get("custom/rule/formula") as string;
        },
        set formula(v: string) {
          cmd({ ruleFormula: v }, (cf) => (cf.formula = v));
        },
      },
      format: {
        fill: {
          get color(): string {
            throw notLoaded("conditionalFormat/custom/format/fill/color");
          },
          set color(v: string) {
            cmd({ cfFill: v }, (cf) => (cf.fill = v.toUpperCase()));
          },
        },
      },
    };
  }
  protected resolve() {
    return this.locate();
  }
  /** The fake makes only custom conditional formats (`add("Custom")`). */
  protected read(t: { cf: FakeSheet["conditionalFormats"][number] }, prop: string): unknown {
    return prop === "id" ? t.cf.id : prop === "type" ? "Custom" : t.cf.formula;
  }
  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  delete(): void {
    this.command({ deleteConditionalFormat: true }, (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }
}

class FakeConditionalFormats implements XlConditionalFormatCollection {
  private loadedItems: XlConditionalFormat[] | undefined;
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange
  ) {}
  get items(): XlConditionalFormat[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
  /** ExcelApi 1.6: the conditional formats that intersect the range, with their ids. */
  load(propertyNames?: string | string[]): this {
    this.ctx.requireSet("ExcelApi", "1.6");
    const { names, props } = collectionLoad(propertyNames);
    if (props.some((p) => p !== "id" && p !== "type"))
      throw new FakeExcelError(
        "InvalidArgument",
        `Cannot load '${names}' on conditional formats (fake).`
      );
    this.ctx.enqueue({ load: "conditionalFormats", names, range: this.range.proxyId }, () => {
      const t = this.range.live();
      const found = t ? t.sheet.conditionalFormats.filter((cf) => intersects(cf.ref, t.ref)) : [];
      this.loadedItems = found.map((cf) => {
        const proxy = new FakeConditionalFormatProxy(this.ctx, () =>
          t && t.sheet.conditionalFormats.includes(cf) ? { sheet: t.sheet, cf } : null
        );
        return proxy.preloadId(cf.id, props.includes("type"));
      });
      this.ctx.respond(found.map((cf) => cf.id));
    });
    return this;
  }
  add(type: "Custom"): XlConditionalFormat {
    this.ctx.requireSet("ExcelApi", "1.6");
    let created: { sheet: FakeSheet; cf: FakeSheet["conditionalFormats"][number] } | null = null;
    this.ctx.enqueue({ addConditionalFormat: this.range.proxyId, type }, () => {
      const t = this.range.live();
      if (!t) throw new FakeExcelError("ItemNotFound", "The range does not exist.");
      const cf = { id: `{cf-${++nextConditionalFormat}}`, ref: t.ref, formula: "", fill: null };
      t.sheet.conditionalFormats.push(cf);
      created = { sheet: t.sheet, cf };
    });
    return new FakeConditionalFormatProxy(this.ctx, () => created);
  }
  /** ExcelApi 1.14 ("ConditionalFormatCollection.getItemOrNullObject"): ApiNotFound below it. */
  getItemOrNullObject(id: string): XlConditionalFormat {
    this.ctx.requireSet("ExcelApi", "1.14");
    return new FakeConditionalFormatProxy(this.ctx, () => {
      const t = this.range.live();
      const cf = t?.sheet.conditionalFormats.find((x) => x.id === id && intersects(x.ref, t.ref));
      return t && cf ? { sheet: t.sheet, cf } : null;
    });
  }
}

class FakeTableProxy extends FakeObject<{ sheet: FakeSheet; table: FakeTable }> implements XlTable {
  protected readonly loadable = ["name", "showHeaders"];
  constructor(
    ctx: FakeContext,
    private readonly locate: () => { sheet: FakeSheet; table: FakeTable } | null
  ) {
    super(ctx);
  }
  protected resolve() {
    return this.locate();
  }
  protected read(t: { table: FakeTable }, prop: string): unknown {
    return prop === "showHeaders" ? t.table.showHeaders : t.table.name;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.command({ tableName: v }, (t) => (t.table.name = v));
  }
  /** ExcelApi 1.1: whether the table has a header row. */
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  /** For `tables.load("items/name, items/showHeaders")`. */
  preload(name: string, showHeaders?: boolean): this {
    this.loaded.set("name", name);
    if (showHeaders !== undefined) this.loaded.set("showHeaders", showHeaders);
    return this;
  }
  getRange(): XlRange {
    return new FakeRange(this.ctx, () => {
      const t = this.locate();
      return t ? { sheet: t.sheet, ref: t.table.ref } : null;
    });
  }
  /**
   * The header row (ExcelApi 1.1). The reference does not say what a table without one gives: the fake fails the sync
   * (ItemNotFound), stricter than any answer a caller could mistake for a row of the table.
   */
  getHeaderRowRange(): XlRange {
    return new FakeRange(this.ctx, () => {
      const t = this.locate();
      if (!t) return null;
      if (!t.table.showHeaders)
        throw new FakeExcelError("ItemNotFound", `Table '${t.table.name}' has no header row.`);
      return { sheet: t.sheet, ref: { ...t.table.ref, bottom: t.table.ref.top } };
    });
  }
  /** The data body (ExcelApi 1.1): the table without its header row (the fake has no totals rows). */
  getDataBodyRange(): XlRange {
    return new FakeRange(this.ctx, () => {
      const t = this.locate();
      if (!t) return null;
      return {
        sheet: t.sheet,
        ref: { ...t.table.ref, top: t.table.ref.top + (t.table.showHeaders ? 1 : 0) },
      };
    });
  }
}

let nextTable = 0;

class FakeTableCollection implements XlTableCollection {
  private loadedItems: XlTable[] | undefined;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet | null
  ) {}
  get items(): XlTable[] {
    if (!this.loadedItems) throw notLoaded("tables/items");
    return this.loadedItems;
  }
  load(propertyNames?: string | string[]): this {
    const names = Array.isArray(propertyNames) ? propertyNames.join(",") : (propertyNames ?? "");
    const { props } = collectionLoad(propertyNames);
    if (props.some((p) => p !== "name" && p !== "showHeaders"))
      throw new FakeExcelError("InvalidArgument", `Cannot load '${names}' on tables (fake).`);
    const withHeaders = props.includes("showHeaders");
    this.ctx.enqueue({ load: "tables", names }, () => {
      const s = this.sheet();
      const tables = s?.tables ?? [];
      this.loadedItems = tables.map((table) =>
        new FakeTableProxy(this.ctx, () =>
          s && s.tables.includes(table) ? { sheet: s, table } : null
        ).preload(table.name, withHeaders ? table.showHeaders : undefined)
      );
      this.ctx.respond(tables.map((t) => [t.name, withHeaders ? t.showHeaders : null]));
    });
    return this;
  }
  add(address: string, hasHeaders: boolean): XlTable {
    let created: { sheet: FakeSheet; table: FakeTable } | null = null;
    this.ctx.enqueue({ addTable: address, hasHeaders }, () => {
      const s = this.sheet();
      if (!s) throw new FakeExcelError("ItemNotFound", "The worksheet does not exist.");
      this.ctx.writable(s);
      const ref = parseRangeAddress(address);
      if (s.tables.some((t) => intersects(t.ref, ref)))
        throw new FakeExcelError("InvalidOperation", "A table can't overlap another table.");
      if (s.merges.some((m) => intersects(m, ref)))
        throw new FakeExcelError("InvalidOperation", "A table can't contain merged cells.");
      // The fake models `add(address, true)` only: the first row of the address is the header row.
      if (!hasHeaders)
        throw new FakeExcelError("InvalidArgument", "The fake adds tables with a header row only.");
      const table: FakeTable = { name: `Table${++nextTable}`, ref, showHeaders: true };
      s.tables.push(table);
      created = { sheet: s, table };
    });
    return new FakeTableProxy(this.ctx, () => created);
  }
  getItem(key: string): XlTable {
    return new FakeTableProxy(this.ctx, () => {
      const s = this.sheet();
      const table = s?.tables.find((t) => t.name.toLowerCase() === key.toLowerCase());
      if (!s || !table) throw new FakeExcelError("ItemNotFound", `Table '${key}' not found.`);
      return { sheet: s, table };
    });
  }
  getItemOrNullObject(key: string): XlTable {
    this.ctx.requireSet("ExcelApi", "1.4");
    return new FakeTableProxy(this.ctx, () => {
      const s = this.sheet();
      const table = s?.tables.find((t) => t.name.toLowerCase() === key.toLowerCase());
      return s && table ? { sheet: s, table } : null;
    });
  }
}

/** Defined names read back as Excel writes them: "='Tổng hợp'!$A$1", "=#REF!$A$1" once the sheet is gone. */
function nameFormula(n: FakeName): string {
  return n.sheet ? `=${quoteForAddress(n.sheet.name)}!${n.cell}` : `=#REF!${n.cell}`;
}

const NAME_RULE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

class FakeNamedItemProxy extends FakeObject<FakeName> implements XlNamedItem {
  protected readonly loadable = ["name", "formula"];
  constructor(
    ctx: FakeContext,
    private readonly locate: () => FakeName | null
  ) {
    super(ctx);
  }
  protected resolve() {
    return this.locate();
  }
  protected read(n: FakeName, prop: string): unknown {
    return prop === "name" ? n.name : nameFormula(n);
  }
  preload(props: Record<string, unknown>): this {
    for (const [k, v] of Object.entries(props)) this.loaded.set(k, v);
    return this;
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): unknown {
    this.ctx.requireSet("ExcelApi", "1.7");
    return this.get("formula");
  }
  set formula(_v: unknown) {
    throw new FakeExcelError("InvalidArgument", "The fake does not change a name's formula.");
  }
  delete(): void {
    this.command({ deleteName: true }, (n) => {
      this.ctx.state.names = this.ctx.state.names.filter((x) => x !== n);
    });
  }
}

class FakeNamedItemCollection implements XlNamedItemCollection {
  private loadedItems: XlNamedItem[] | undefined;
  constructor(private readonly ctx: FakeContext) {}
  get items(): XlNamedItem[] {
    if (!this.loadedItems) throw notLoaded("names/items");
    return this.loadedItems;
  }
  load(propertyNames?: string | string[]): this {
    const { names, props } = collectionLoad(propertyNames);
    if (props.some((p) => p !== "name" && p !== "formula"))
      throw new FakeExcelError("InvalidArgument", `Cannot load '${names}' on names (fake).`);
    if (props.includes("formula")) this.ctx.requireSet("ExcelApi", "1.7");
    this.ctx.enqueue({ load: "names", names }, () => {
      const all = [...this.ctx.state.names];
      this.loadedItems = all.map((n) =>
        new FakeNamedItemProxy(this.ctx, () =>
          this.ctx.state.names.includes(n) ? n : null
        ).preload({
          name: n.name,
          ...(props.includes("formula") ? { formula: nameFormula(n) } : {}),
        })
      );
      this.ctx.respond(all.map((n) => [n.name, nameFormula(n)]));
    });
    return this;
  }
  add(name: string, reference: string, comment?: string): XlNamedItem {
    this.ctx.requireSet("ExcelApi", "1.4");
    let created: FakeName | null = null;
    this.ctx.enqueue({ addName: name, reference }, () => {
      const state = this.ctx.state;
      if (!NAME_RULE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw new FakeExcelError("InvalidArgument", `'${name}' is not a valid name.`);
      if (state.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeExcelError("ItemAlreadyExists", `The name '${name}' already exists.`);
      const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]{1,3}\$?\d+)$/.exec(reference);
      const sheet = m
        ? findSheet(state, m[1] ? m[1].replace(/''/g, "'") : (m[2] ?? ""))
        : undefined;
      if (!m || !sheet)
        throw new FakeExcelError("InvalidArgument", `Invalid reference '${reference}'.`);
      rangeFromA1((m[3] ?? "").replace(/\$/g, ""));
      created = { name, sheet, cell: m[3] ?? "$A$1", comment: comment ?? "" };
      state.names.push(created);
    });
    return new FakeNamedItemProxy(this.ctx, () => created);
  }
  getItemOrNullObject(name: string): XlNamedItem {
    return new FakeNamedItemProxy(
      this.ctx,
      () => this.ctx.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }
}
