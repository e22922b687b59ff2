import type { RangeRef } from "../../src/core";
import type {
  XlPageLayout,
  XlBorder,
  XlCellProperties,
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
import { FakePageLayout } from "./fakePageLayout";
import {
  absoluteAddress,
  contains,
  ensureCell,
  findSheet,
  getCell,
  intersects,
  newSheet,
  parseRangeAddress,
  usedRange,
  type FakeChart,
  type FakeSheet,
  type FakeState,
} from "./fakeState";
import { checkShape, forEachCell, writeEntry, type FakeCalculator } from "./writeCells";
import { changeHandlers, raiseChanged, type FakeChangeHandler } from "./fakeEvents";

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
};

const utf8 = new TextEncoder();
let nextId = 0;

export class FakeContext implements XlContext {
  readonly workbook: { readonly worksheets: XlWorksheetCollection };
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  private queue: Op[] = [];
  private suspended = false;
  private responseBytes = 0;

  constructor(readonly hooks: FakeHooks) {
    this.workbook = { worksheets: new FakeWorksheetCollection(this) };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.enqueue({ suspend: true }, () => undefined);
        this.suspended = true;
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

/** Base of every proxy: properties are readable only after `load` and `sync`, like Office.js. */
abstract class FakeObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  readonly id = ++nextId;

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
    this.ctx.enqueue({ load: this.id, names }, () => {
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
    this.ctx.enqueue({ on: this.id, ...describe }, () => {
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
    "rowCount",
    "columnCount",
  ];
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;

  constructor(
    ctx: FakeContext,
    private readonly locate: () => Live | null
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    this.dataValidation = new FakeDataValidation(ctx, this);
  }

  protected resolve(): Live | null {
    return this.locate();
  }

  /** For child proxies (format, validation) */
  live(): Live | null {
    return this.locate();
  }

  protected read(t: Live, prop: string): unknown {
    const matrix = (fn: (row: number, col: number) => unknown): unknown[][] => {
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
      case "rowCount":
        return t.ref.bottom - t.ref.top + 1;
      default:
        return t.ref.right - t.ref.left + 1;
    }
  }

  get address(): string {
    return this.get("address");
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
      const rows = checkShape(data, t.ref, prop);
      forEachCell(t.ref, (r, c, i, j) =>
        writeEntry(t.sheet, r, c, rows[i]?.[j], this.ctx.hooks.calc)
      );
      raiseChanged(this.ctx.state, t.sheet, t.ref, "ThisLocalAddin");
    });
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    this.ctx.requireSet("ExcelApi", "1.13");
    return new FakeRangeAreas(this.ctx, () => {
      const t = this.locate();
      if (!t) return null;
      const inside = t.sheet.merges.filter((m) => contains(t.ref, m.top, m.left));
      return inside.length === 0 ? null : { sheet: t.sheet, areas: inside };
    });
  }

  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } } }): {
    readonly value: XlCellProperties[][];
  } {
    this.ctx.requireSet("ExcelApi", "1.9");
    let result: XlCellProperties[][] | undefined;
    this.ctx.enqueue({ getCellProperties: this.id, options }, () => {
      const t = this.locate();
      const out: XlCellProperties[][] = [];
      result = out; // a null object's properties are empty
      if (!t) return;
      forEachCell(t.ref, (r, c, i) => {
        const fill = getCell(t.sheet, r, c)?.fill ?? null;
        (out[i] ??= []).push({
          format: {
            fill: {
              ...(options.format?.fill?.color ? { color: fill ?? "#FFFFFF" } : {}),
              ...(options.format?.fill?.pattern
                ? { pattern: fill === null ? "None" : "Solid" }
                : {}),
            },
          },
        });
      });
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
          each({ border: index, style: v }, (c) => (c.borders[index] = v));
        },
        get color(): string {
          throw notLoaded("border/color");
        },
        set color(_v: string) {
          each({ border: index, color: _v }, () => undefined);
        },
      }),
    };
  }

  private each(
    describe: Record<string, unknown>,
    fn: (cell: ReturnType<typeof ensureCell>) => void
  ): void {
    this.ctx.enqueue({ format: this.range.id, ...describe }, () => {
      const t = this.range.live();
      if (t) forEachCell(t.ref, (r, c) => fn(ensureCell(t.sheet, r, c)));
    });
  }

  get horizontalAlignment(): string {
    throw notLoaded("format/horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.each({ horizontal: v }, (c) => (c.horizontal = v));
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
    this.ctx.enqueue({ format: this.range.id, columnWidth: v }, () => {
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
    this.ctx.enqueue({ validation: this.range.id, ...describe }, () => {
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
    this.ctx.enqueue({ validation: this.range.id, clear: true }, () => {
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
          on({ setValues: (r as FakeRange).id }, (s) => (s.values = addressOf(r))),
        setXAxisValues: (r: XlRange) =>
          on({ setXAxisValues: (r as FakeRange).id }, (s) => (s.categories = addressOf(r))),
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
      x === undefined ? null : typeof x === "string" ? x : `#range${(x as FakeRange).id}`;
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
  protected readonly loadable = ["name", "position"];
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
          { addChart: type, source: (sourceData as FakeRange).id, seriesBy: seriesBy ?? "Auto" },
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
    this.freezePanes = {
      freezeRows: (count?: number) =>
        this.command({ freezeRows: count ?? 1 }, (s) => (s.frozenRows = count ?? 1)),
    };
  }

  protected resolve(): FakeSheet | null {
    return this.locate();
  }
  protected read(t: FakeSheet, prop: string): unknown {
    return prop === "name" ? t.name : this.ctx.state.sheets.indexOf(t);
  }
  get pageLayout(): XlPageLayout {
    this.ctx.requireSet("ExcelApi", "1.9");
    return new FakePageLayout(this.ctx, () => this.locate());
  }
  get name(): string {
    return this.get("name");
  }

  /** Preload the name (for `worksheets.items`). */
  preload(name: string): this {
    this.loaded.set("name", name);
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
      state.sheets = state.sheets.filter((x) => x !== s);
      if (state.active === s.name) state.active = state.sheets[0]?.name ?? null;
      if (state.selection?.sheet === s.name) state.selection = null;
    });
  }
}

const INVALID_NAME = /[[\]:*?/\\]/;

class FakeWorksheetCollection implements XlWorksheetCollection {
  private loadedItems: XlWorksheet[] | undefined;
  constructor(private readonly ctx: FakeContext) {}

  get items(): XlWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames?: string | string[]): this {
    const names = Array.isArray(propertyNames) ? propertyNames.join(",") : (propertyNames ?? "");
    if (!/^\s*(items\/name|name|items)\s*$/.test(names)) {
      throw new FakeExcelError("InvalidArgument", `Cannot load '${names}' on worksheets (fake).`);
    }
    this.ctx.enqueue({ load: "worksheets", names }, () => {
      this.loadedItems = this.ctx.state.sheets.map((s) =>
        new FakeWorksheet(this.ctx, () => (this.ctx.state.sheets.includes(s) ? s : null)).preload(
          s.name
        )
      );
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
