import type { WorkbookHost } from "../../core";

/** Wait this long after the last change of a burst before reading the sheet again (one read per burst). */
export const LIVE_DELAY_MS = 400;

export type LiveWatchEvents = {
  /**
   * Read the sheet once and check again; `cells` are the addresses changed in the burst. Answers false when the
   * pane is busy (a write is running): the burst is kept and tried again after the delay.
   */
  readonly recheck: (cells: readonly string[]) => Promise<boolean>;
  readonly onChange?: (address: string) => void;
  readonly onChecking?: () => void;
  readonly onDone?: () => void;
  /** The host refused to listen (e.g. the sheet was deleted). */
  readonly onFailed?: (e: unknown) => void;
};

/**
 * Listen to `sheet`'s changes and debounce them: a burst of edits, however many cells, costs one `recheck`.
 * Plain code (no React), so the bench drives the same path as the pane. Returns the function that stops it.
 */
export function watchLive(
  host: WorkbookHost,
  sheet: string,
  events: LiveWatchEvents,
  delayMs = LIVE_DELAY_MS
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let cells: string[] = [];
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };
  const flush = async () => {
    timer = undefined;
    if (stopped || cells.length === 0) return;
    if (running) return schedule();
    running = true;
    const burst = cells;
    cells = [];
    events.onChecking?.();
    let done = true;
    try {
      done = await events.recheck(burst);
    } finally {
      running = false;
    }
    if (stopped) return;
    if (!done) cells = [...new Set([...burst, ...cells])];
    if (cells.length > 0) schedule();
    else events.onDone?.();
  };
  let unsubscribe: (() => Promise<void>) | null = null;
  void host
    .onCellsChanged(sheet, (change) => {
      if (stopped) return;
      cells.push(change.address);
      events.onChange?.(change.address);
      schedule();
    })
    .then(
      (stop) => {
        if (stopped) void stop().catch(() => undefined);
        else unsubscribe = stop;
      },
      (e: unknown) => events.onFailed?.(e)
    );
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    void unsubscribe?.().catch(() => undefined);
  };
}
