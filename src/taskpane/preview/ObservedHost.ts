import { toA1 } from "../../core";
import type {
  ApplyResult,
  CellsChanged,
  Grid,
  HostInfo,
  ProbeOptions,
  WorkbookHost,
  WorkbookProbe,
  WritePlan,
  UndoOptions,
  UndoResult,
} from "../../core";

export type Selection = { readonly sheet: string; readonly address: string };

/**
 * A WorkbookHost that forwards every call to another host and remembers what the preview grid must show:
 * the selected cell and the highlighted cells. Listeners hear about every change (write, undo, selection…).
 */
export class ObservedHost implements WorkbookHost {
  readonly kind: WorkbookHost["kind"];
  private selection: Selection | null = null;
  private highlighted = new Map<string, Set<string>>();
  private listeners = new Set<() => void>();
  private version = 0;
  private written = new Map<string, Set<string>>();
  private created: string | null = null;

  constructor(readonly inner: WorkbookHost) {
    this.kind = inner.kind;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Bumped on every change; the grid re-reads its sheet when it moves. */
  changeCount(): number {
    return this.version;
  }

  selectedCell(): Selection | null {
    return this.selection;
  }

  /** Cells the last write (or undo) touched on `sheet`, so the grid can show what changed. */
  writtenCells(sheet: string): ReadonlySet<string> {
    return this.written.get(sheet) ?? new Set();
  }

  /** The sheet the last write created, once: the grid switches to it. */
  takeCreatedSheet(): string | null {
    const s = this.created;
    this.created = null;
    return s;
  }

  /** The officer typed into the preview grid: tell everyone who listens (the pane re-checks, the grid re-reads). */
  cellEdited(sheet: string, address: string): void {
    this.written = new Map([[sheet, new Set([address])]]);
    this.notify();
  }

  onCellsChanged(
    sheet: string,
    listener: (change: CellsChanged) => void
  ): Promise<() => Promise<void>> {
    return this.inner.onCellsChanged(sheet, listener);
  }

  private remember(plan: WritePlan): void {
    const written = new Map<string, Set<string>>();
    for (const sp of plan.sheets) {
      const set = written.get(sp.sheet) ?? new Set<string>();
      for (const w of sp.writes) if (w.cell) set.add(toA1(w.row, w.col));
      written.set(sp.sheet, set);
    }
    this.written = written;
  }

  highlightedCells(sheet: string): ReadonlySet<string> {
    return this.highlighted.get(sheet) ?? new Set();
  }

  probeWorkbook(options: ProbeOptions): Promise<WorkbookProbe> {
    if (!this.inner.probeWorkbook) throw new Error("ObservedHost: the inner host has no probe");
    return this.inner.probeWorkbook(options);
  }

  cellFills(
    sheet: string,
    addresses: readonly string[]
  ): Promise<readonly (string | null)[] | null> {
    return this.inner.cellFills ? this.inner.cellFills(sheet, addresses) : Promise.resolve(null);
  }

  describe(): Promise<HostInfo> {
    if (!this.inner.describe)
      throw new Error("ObservedHost: the inner host cannot describe itself");
    return this.inner.describe();
  }

  private notify(): void {
    this.version += 1;
    for (const l of this.listeners) l();
  }

  listSheets(): Promise<readonly string[]> {
    return this.inner.listSheets();
  }
  activeSheet(): Promise<string> {
    return this.inner.activeSheet();
  }
  readGrid(sheet: string): Promise<Grid> {
    return this.inner.readGrid(sheet);
  }
  async apply(plan: WritePlan): Promise<ApplyResult> {
    try {
      const result = await this.inner.apply(plan);
      this.remember(plan);
      this.created = result.sheetsCreated[0] ?? null;
      return result;
    } finally {
      this.notify();
    }
  }
  undoDepth(): number {
    return this.inner.undoDepth();
  }
  async undo(options?: UndoOptions): Promise<UndoResult> {
    this.written = new Map();
    try {
      return await this.inner.undo(options);
    } finally {
      this.notify();
    }
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    await this.inner.selectCell(sheet, address);
    this.selection = { sheet, address: address.replace(/\$/g, "").toUpperCase() };
    this.notify();
  }
  async highlight(sheet: string, addresses: readonly string[]): Promise<void> {
    await this.inner.highlight(sheet, addresses);
    const set = this.highlighted.get(sheet) ?? new Set<string>();
    for (const a of addresses) set.add(a.replace(/\$/g, "").toUpperCase());
    this.highlighted.set(sheet, set);
    this.notify();
  }
  async clearHighlight(): Promise<void> {
    await this.inner.clearHighlight();
    this.highlighted = new Map();
    this.notify();
  }
  loadSetting(key: string): Promise<string | null> {
    return this.inner.loadSetting(key);
  }
  saveSetting(key: string, value: string): Promise<void> {
    return this.inner.saveSetting(key, value);
  }
}
