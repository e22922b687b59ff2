import type * as WritesModule from "./writeParts";
import type { ExcelSession } from "./session";

export type Writes = typeof WritesModule;

/**
 * Writes, undo and highlights (`writeParts.ts`: `writes.ts` with the snapshot, the plan commands and the undo
 * journal; `highlights.ts`) in a chunk of their own: the pane paints and reads the workbook without them, and they
 * arrive when the first write, undo or highlight is asked for (or earlier, from `preload`). Batches keep their call order meanwhile: a batch asked for after a write that waits
 * for this module waits for that write, as `session.ts` promises.
 */
export class LazyWrites {
  private loaded: Writes | null = null;
  private loading: Promise<Writes> | null = null;

  constructor(
    private readonly session: ExcelSession,
    private readonly load: () => Promise<Writes> = () =>
      import(/* webpackChunkName: "excel-writes" */ "./writeParts")
  ) {}

  /** Fetch the module now (e.g. once the pane has painted), so the first write does not wait for it. */
  preload(): void {
    this.module().catch(() => undefined);
  }

  /**
   * Run `start` (which must queue its batch with `guard` before its first await, as `applyPlan` and `undoLast` do)
   * with the module, in the place in the session's queue this call was made.
   */
  run<T>(start: (writes: Writes) => Promise<T>): Promise<T> {
    if (this.loaded) return start(this.loaded);
    const queue = this.session.queue;
    const before = queue.last;
    let release = (): void => undefined;
    // Batches asked for from now on wait for this hold, which ends when the write itself has settled.
    queue.last = new Promise<void>((resolve) => (release = resolve));
    return this.module().then(
      (writes) => {
        const after = queue.last;
        queue.last = before; // the write queues where it was asked for…
        let result: Promise<T>;
        try {
          result = start(writes);
        } finally {
          const mine = queue.last;
          queue.last = after; // …and the batches asked for since stay behind it
          const settled = mine === before ? Promise.resolve() : mine;
          void settled.then(release, release);
        }
        return result;
      },
      (e: unknown) => {
        release();
        throw e;
      }
    );
  }

  private module(): Promise<Writes> {
    if (!this.loading) {
      this.loading = this.load().then((m) => (this.loaded = m));
      // A failed fetch (a network hiccup) is tried again by the next write.
      this.loading.catch(() => (this.loading = null));
    }
    return this.loading;
  }
}
