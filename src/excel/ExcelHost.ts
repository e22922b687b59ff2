import type {
  ApplyResult,
  CellsChanged,
  Grid,
  HostInfo,
  OfficerActions,
  ProbeOptions,
  RangeRef,
  UndoOptions,
  UndoResult,
  WorkbookHost,
  WorkbookProbe,
  WritePlan,
} from "../core";
import type { XlDiagnostics, XlRequirementProbe, XlRun, XlSettings } from "./excelApi";
import * as reads from "./gridReads";
import type { Highlights } from "./highlights";
import { officeDiagnostics, officeRequirements, officeRun } from "./officeRuntime";
import { probeWorkbook } from "./probe";
import { guard, read, type ExcelSession, type TableRef } from "./session";
import { WorkbookSettings } from "./settings";
import { toHostError } from "./toHostError";
import type { ExcelEntry } from "./undoJournal";
import { watchSheetChanges } from "./watchChanges";
import { LazyWrites, type Writes } from "./lazyWrites";
import { OwnWrites } from "./ownWrites";
import { MAX_REQUEST_BYTES } from "./writeCommands";

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
   * How long a read's sync may take before it fails with TIMEOUT, and a write before `onWaiting` hears it is slow
   * (default 60 s): on Excel on the web `context.sync()` can wait forever (office-js #6678). Writes are never given up.
   */
  readonly timeoutMs?: number;
  /** `Office.context.diagnostics` (default, resolved on first use) or a fake's. */
  readonly diagnostics?: XlDiagnostics;
  /** How the write and undo module is loaded (default: its own chunk, `lazyWrites.ts`); tests pass a stand-in. */
  readonly loadWrites?: ConstructorParameters<typeof LazyWrites>[1];
};

/** Requirement sets the self-test lists. */
const KNOWN_MINORS = 20;

/**
 * `WorkbookHost` over Office.js: a facade that sequences batches over modules by responsibility — the start-up
 * probe (`probe.ts`) and reads (`gridReads.ts`), writes (`writes.ts`: snapshot, plan commands, chunks), the undo
 * journal (`undoJournal.ts` over core's compare-and-follow), highlights, settings and the change watch. Writes,
 * undo and highlights load in a chunk of their own when first needed (`lazyWrites.ts`), in their place among the
 * batches. Every Office error becomes a HostError with Vietnamese words; batches run under a timeout and, with
 * ExcelApi 1.11, wait while the officer edits a cell. `context.sync()` calls per operation do not depend on the number of rows
 * or sheets (src/excel/README.md has the table).
 *
 * @example
 * const host = new ExcelHost(); // inside Office
 * const grid = await host.readGrid("Phụ lục");
 */
export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly session: ExcelSession;
  private readonly diagnosticsOverride: XlDiagnostics | undefined;
  private readonly journal: ExcelEntry[] = [];
  /** Made with the write module (`lazyWrites.ts`), on the first highlight or clear. */
  private highlights: Highlights | null = null;
  private readonly settingsStore: WorkbookSettings;
  private readonly writes: LazyWrites;
  private chartCounter = 0;
  /**
   * The officer's edits through Office.js (the self-test's undo scenarios play them in real Excel): each one batch.
   * The rename clears the officer's Ctrl+Z history on Windows and Mac ("Undo capabilities"): the self-test says so.
   */
  readonly officer: OfficerActions = {
    typeInto: (sheet, address, value) =>
      guard(this.session, sheet, async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
        await context.sync();
      }),
    insertRows: (sheet, row, count) =>
      guard(this.session, sheet, async (context) => {
        const rows = `A${row}:XFD${row + count - 1}`;
        context.workbook.worksheets.getItem(sheet).getRange(rows).insert("Down");
        await context.sync();
      }),
    renameSheet: (sheet, name) =>
      guard(this.session, sheet, async (context) => {
        context.workbook.worksheets.getItem(sheet).name = name;
        await context.sync();
      }),
  };

  constructor(options: ExcelHostOptions = {}) {
    const supports = options.requirements ?? officeRequirements;
    this.session = {
      run: options.run ?? officeRun,
      supports,
      maxRequestBytes: options.maxRequestBytes ?? MAX_REQUEST_BYTES,
      timeoutMs: options.timeoutMs ?? 60_000,
      sizes: new Map<string, { ref: RangeRef; bytes: number }>(),
      tables: new Map<string, readonly TableRef[]>(),
      calculation: { stale: false },
      queue: { last: Promise.resolve() },
      waiting: new Set(),
      watchedIds: new Map<string, string>(),
      // Change events carry `triggerSource` from ExcelApi 1.14; below it the host tells its writes by their ranges.
      ownWrites: new OwnWrites(() => !supports("ExcelApi", "1.14")),
    };
    this.diagnosticsOverride = options.diagnostics;
    this.settingsStore = new WorkbookSettings(options.settings, this.session.timeoutMs);
    this.writes = new LazyWrites(this.session, options.loadWrites);
  }

  /** Fetch the write and undo module ahead of the first write (the pane calls it once it has painted). */
  preloadWrites(): void {
    this.writes.preload();
  }

  listSheets(): Promise<readonly string[]> {
    return reads.listSheets(this.session);
  }

  activeSheet(): Promise<string> {
    return reads.activeSheet(this.session);
  }

  /** 1 sync (+1 with Excel Tables); a big sheet is read in parts (`gridReads.ts`). */
  readGrid(sheet: string): Promise<Grid> {
    return reads.readGrid(this.session, sheet);
  }

  /** 3 syncs whatever the number of sheets (`probe.ts`). */
  probeWorkbook(options: ProbeOptions): Promise<WorkbookProbe> {
    return probeWorkbook(this.session, options);
  }

  cellFills(sheet: string, addresses: readonly string[]): Promise<(string | null)[] | null> {
    return reads.cellFills(this.session, sheet, addresses);
  }

  async describe(): Promise<HostInfo> {
    const sets: string[] = [];
    for (let minor = 1; minor <= KNOWN_MINORS; minor++) {
      if (this.session.supports("ExcelApi", `1.${minor}`)) sets.push(`ExcelApi 1.${minor}`);
    }
    let d: XlDiagnostics;
    try {
      d = this.diagnosticsOverride ?? officeDiagnostics();
    } catch (e) {
      throw toHostError(e);
    }
    return { host: d.host, platform: d.platform, version: d.version, requirementSets: sets };
  }

  /** 2 syncs: snapshot, write (more only for big plans). */
  apply(plan: WritePlan): Promise<ApplyResult> {
    return this.writes.run((w) =>
      w.applyPlan(this.session, plan, this.journal, () => ++this.chartCounter)
    );
  }

  /**
   * Hear when a write has waited `timeoutMs` for Excel (`true`: Excel busy, or a cell being edited) and when it
   * settled (`false`). The write is never given up, so the pane keeps Ghi and Hoàn tác disabled meanwhile.
   * Returns the function that stops listening.
   */
  onWaiting(listener: (waiting: boolean) => void): () => void {
    this.session.waiting.add(listener);
    return () => this.session.waiting.delete(listener);
  }

  undoDepth(): number {
    return this.journal.length;
  }

  /** 2 syncs: what the written sheets hold now (by id), then the restore of what still holds the plan's writes. */
  undo(options: UndoOptions = {}): Promise<UndoResult> {
    if (this.journal.length === 0) return Promise.resolve({ status: "nothing" });
    return this.writes.run((w) => w.undoLast(this.session, this.journal, options));
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await read(this.session, sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  highlight(sheet: string, addresses: readonly string[]): Promise<void> {
    return this.writes.run((w) => this.highlightsOf(w).highlight(sheet, addresses));
  }

  clearHighlight(): Promise<void> {
    return this.writes.run((w) => this.highlightsOf(w).clear());
  }

  private highlightsOf(w: Writes): Highlights {
    return (this.highlights ??= new w.Highlights(this.session));
  }

  async loadSetting(key: string): Promise<string | null> {
    return this.settingsStore.load(key);
  }

  saveSetting(key: string, value: string): Promise<void> {
    return this.settingsStore.save(key, value);
  }

  /** `worksheet.onChanged` (ExcelApi 1.7), one handler per call; see watchChanges.ts. */
  async onCellsChanged(
    sheet: string,
    listener: (change: CellsChanged) => void
  ): Promise<() => Promise<void>> {
    // Registered like every other batch: under the timeout, waiting while a cell is edited, errors in words.
    const run: XlRun = (batch) => guard(this.session, sheet, batch);
    try {
      const watched = this.session.watchedIds;
      const follow = (id: string | null) =>
        id === null ? watched.delete(sheet.toLowerCase()) : watched.set(sheet.toLowerCase(), id);
      const { supports, ownWrites } = this.session;
      return await watchSheetChanges(run, supports, sheet, listener, follow, ownWrites);
    } catch (e) {
      throw toHostError(e, sheet);
    }
  }
}
