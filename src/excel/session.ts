import { HostError, UsageError } from "../core";
import type { RangeRef } from "../core";
import type { XlContext, XlRequirementProbe, XlRun } from "./excelApi";
import { toHostError } from "./toHostError";

/** An Excel Table as last read: writes into its body go as values. */
export type TableRef = { readonly name: string; readonly range: RangeRef };

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
  /**
   * Watched sheets' `Worksheet.id` by the lower-case name they were watched under: `readGrid` of that name reads
   * the sheet by its id, so the live re-check keeps reading it after the officer renames it.
   */
  readonly watchedIds: Map<string, string>;
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

/**
 * Run a batch and turn every Office failure into a HostError (a UsageError — a caller's bug — passes through).
 * With ExcelApi 1.11 the batch waits while the officer edits a cell (`delayForCellEdit`) instead of failing;
 * a batch that takes longer than `timeoutMs` fails with TIMEOUT.
 */
export async function guard<T>(
  session: ExcelSession,
  sheet: string,
  batch: (context: XlContext) => Promise<T>
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(session)), session.timeoutMs);
  });
  let waitsForCellEdit = false;
  const stale = session.calculation.stale;
  try {
    waitsForCellEdit = session.supports("ExcelApi", "1.11");
    const options = waitsForCellEdit ? { delayForCellEdit: true } : undefined;
    return await Promise.race([session.run(calculatedFirst(session, batch), options), timeout]);
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
    clearTimeout(timer);
  }
}

/** A read: like `guard`, and tried once more after a timeout (reading twice changes nothing). */
export async function read<T>(
  session: ExcelSession,
  sheet: string,
  batch: (context: XlContext) => Promise<T>
): Promise<T> {
  try {
    return await guard(session, sheet, batch);
  } catch (e) {
    if (e instanceof HostError && e.code === "TIMEOUT") return guard(session, sheet, batch);
    throw e;
  }
}
