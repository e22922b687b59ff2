import { HostError, UsageError } from "../core";
import type { RangeRef } from "../core";
import type { XlContext, XlRequirementProbe, XlRun } from "./excelApi";
import type { OwnWrites } from "./ownWrites";
import { toHostError } from "./toHostError";

/** An Excel Table as last read: writes into its body go as values. `headerRow: false`: it has no header row. */
export type TableRef = {
  readonly name: string;
  readonly range: RangeRef;
  readonly headerRow?: boolean;
};

/** A table as `tables.load("items/name, items/showHeaders")` gives it, with its range read. */
export function tableRef(name: string, range: RangeRef, showHeaders: boolean): TableRef {
  return showHeaders ? { name, range } : { name, range, headerRow: false };
}

/**
 * What the Excel host's modules share: how to run a batch, what Excel supports, the payload limit, and what was
 * learnt of each sheet (its size, its tables), keyed by lower-case sheet name.
 */
export type ExcelSession = {
  readonly run: XlRun;
  readonly supports: XlRequirementProbe;
  /** Largest estimated payload per request (Excel refuses over 5 MB). */
  readonly maxRequestBytes: number;
  readonly timeoutMs: number;
  /** Used range per sheet as last seen, with the estimated bytes of reading it whole. */
  readonly sizes: Map<string, { ref: RangeRef; bytes: number }>;
  /** Excel Tables per sheet as last read. */
  readonly tables: Map<string, readonly TableRef[]>;
  /**
   * Set before a write under `suspendApiCalculationUntilNextSync`: Excel leaves the written cells' dependents
   * stale until the workbook is calculated, so the next batch starts with `application.calculate` (no extra sync).
   */
  readonly calculation: { stale: boolean };
  /** The last batch sent: the next one starts once it settled in Excel (never two at once). */
  readonly queue: { last: Promise<void> };
  /** Told `true` when a write has waited `timeoutMs` for Excel, `false` once it settled. */
  readonly waiting: Set<(waiting: boolean) => void>;
  /**
   * Watched sheets' `Worksheet.id` by the lower-case name they were watched under: `readGrid` of that name reads
   * the sheet by its id, so the live re-check keeps reading it after the officer renames it.
   */
  readonly watchedIds: Map<string, string>;
  /** The ranges the add-in is writing, to tell its own change events from the officer's below ExcelApi 1.14. */
  readonly ownWrites: OwnWrites;
};

/** The batch, preceded by a recalculation when an earlier write left the workbook uncalculated. */
function calculatedFirst<T>(
  session: ExcelSession,
  batch: (context: XlContext) => Promise<T>
): (context: XlContext) => Promise<T> {
  return (context) => {
    if (session.calculation.stale) {
      // Queued before the batch's own commands: it runs first in the batch's first sync.
      context.application.calculate("Recalculate");
      session.calculation.stale = false;
    }
    return batch(context);
  };
}

function timeoutError(session: ExcelSession): HostError {
  return new HostError("TIMEOUT", { seconds: Math.round(session.timeoutMs / 1000) });
}

/** Rejects with TIMEOUT when `work` has not settled within the session's `timeoutMs`. */
async function within<T>(session: ExcelSession, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(session)), session.timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `work`, telling the session's listeners once it has taken longer than `timeoutMs` and again when it settles. */
async function waitedFor<T>(session: ExcelSession, work: Promise<T>): Promise<T> {
  let said = false;
  const timer = setTimeout(() => {
    said = true;
    for (const listener of session.waiting) listener(true);
  }, session.timeoutMs);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
    if (said) for (const listener of session.waiting) listener(false);
  }
}

/**
 * A read's context: each sync times out on its own, and after a timeout the batch sends nothing more (a caller that
 * catches a failed sync to try another way must not queue behind a request Excel may still run). The syncs sent
 * are kept, to know when Excel is done with them.
 */
function timedSyncs<T>(
  session: ExcelSession,
  batch: (context: XlContext) => Promise<T>,
  sent: Promise<unknown>[]
): (context: XlContext) => Promise<T> {
  return (context) => {
    let expired = false;
    return batch({
      workbook: context.workbook,
      application: context.application,
      sync: async () => {
        if (expired) throw timeoutError(session);
        const sync = context.sync();
        sent.push(sync.catch(() => undefined));
        try {
          return await within(session, sync);
        } catch (e) {
          if (e instanceof HostError && e.code === "TIMEOUT") expired = true;
          throw e;
        }
      },
    });
  };
}

export type BatchKind = "read" | "write";

/**
 * Run a batch and turn every Office failure into a HostError (a UsageError — a caller's bug — passes through).
 * With ExcelApi 1.11 the batch waits while the officer edits a cell (`delayForCellEdit`) instead of failing.
 *
 * Batches go one after another: a batch Excel has not answered may still run (Excel busy, a cell being edited),
 * so a later call waits for it instead of racing it. A write is never given up: past `timeoutMs` the session's
 * `waiting` listeners hear that Excel is slow, and again when it settled — its undo step is recorded only then.
 * A read fails with TIMEOUT when one of its syncs (or the wait for the batch before it) takes longer.
 */
export async function guard<T>(
  session: ExcelSession,
  sheet: string,
  batch: (context: XlContext) => Promise<T>,
  kind: BatchKind = "write"
): Promise<T> {
  const previous = session.queue.last;
  let settle = (): void => undefined;
  session.queue.last = new Promise<void>((resolve) => (settle = resolve));
  const sent: Promise<unknown>[] = [];
  let running: Promise<unknown> = previous;
  let waitsForCellEdit = false;
  const stale = session.calculation.stale;
  try {
    waitsForCellEdit = session.supports("ExcelApi", "1.11");
    // A write is one step of Excel's own undo where Excel can group its syncs (`RunOptions.mergeUndoGroup`: ExcelApi
    // 1.20 in the RunOptions reference and the "ExcelApi 1.20 requirement set" page).
    const merge = kind === "write" && session.supports("ExcelApi", "1.20");
    const options =
      waitsForCellEdit || merge
        ? {
            ...(waitsForCellEdit ? { delayForCellEdit: true } : {}),
            ...(merge ? { mergeUndoGroup: true } : {}),
          }
        : undefined;
    if (kind === "read") {
      await within(session, previous);
      const run = session.run(calculatedFirst(session, timedSyncs(session, batch, sent)), options);
      running = run;
      return await run;
    }
    const work = previous.then(() => {
      const run = session.run(calculatedFirst(session, batch), options);
      running = run;
      return run;
    });
    return await waitedFor(session, work);
  } catch (e) {
    // The recalculation may not have reached Excel: the next batch asks again (calculating twice is harmless).
    if (stale) session.calculation.stale = true;
    if (e instanceof UsageError) throw e;
    const error = toHostError(e, sheet);
    // With delayForCellEdit a cell being edited makes the batch wait, never fail: an InvalidOperation is something
    // else, and telling the officer to leave a cell they are not in sends them the wrong way.
    if (error.code === "INVALID_OPERATION" && waitsForCellEdit)
      throw new HostError("OPERATION_REFUSED", { detail: "InvalidOperation" }, e);
    throw error;
  } finally {
    // The next batch starts once this one — and every sync it sent — is over in Excel, not when the caller gave up.
    const done = (): Promise<unknown> => Promise.allSettled(sent);
    void running.then(done, done).then(settle, settle);
  }
}

/** A read: each sync under the timeout; a read that timed out is not retried while Excel may still be running it. */
export function read<T>(
  session: ExcelSession,
  sheet: string,
  batch: (context: XlContext) => Promise<T>
): Promise<T> {
  return guard(session, sheet, batch, "read");
}
