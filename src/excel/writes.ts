import { rangeFromA1, rangeToA1 } from "../core";
import type { ApplyResult, UndoOptions, UndoResult, WritePlan } from "../core";
import { sliceRows } from "./rectangles";
import type { XlContext } from "./excelApi";
import { planCommands } from "./planCommands";
import { queueCommands } from "./queueCommands";
import { guard, type ExcelSession } from "./session";
import { snapshot, type Snapshot } from "./snapshot";
import { journalEntry, prepareUndo, type ExcelEntry } from "./undoJournal";
import { chunkCommands, type WriteCommand } from "./writeCommands";

/**
 * Write batches: one sync when everything fits in 4 MB, else one per chunk (each under the estimate). A chunk Excel
 * still refuses as too large (the estimate is ours, the limit is on Office's wire format) is sent in halves — Excel
 * applies nothing of a refused request. The last chunk also reads the sheets' ids, so the sheets a plan created are
 * known by id for undo (no extra sync).
 */
async function sendChunks(
  session: ExcelSession,
  context: XlContext,
  commands: readonly WriteCommand[]
): Promise<Map<string, string>> {
  const chunks = chunkCommands(commands, session.maxRequestBytes);
  const sheets = context.workbook.worksheets;
  const send = async (chunk: readonly WriteCommand[], last: boolean): Promise<void> => {
    context.application.suspendApiCalculationUntilNextSync();
    session.calculation.stale = true;
    queueCommands(context, chunk);
    if (last) sheets.load("items/name, items/id");
    // Below ExcelApi 1.14 Excel's echo of this write is told from the officer's edits by its ranges.
    const settled = session.ownWrites.expect(chunk, session.watchedIds);
    try {
      await context.sync();
      settled(true);
    } catch (e) {
      // A request refused as too large applied nothing; any other failure may have applied part of it.
      settled(!isRequestTooLarge(e));
      const halves = isRequestTooLarge(e) ? halveCommands(chunk) : null;
      if (!halves) throw e;
      await send(halves[0], false);
      await send(halves[1], last);
    }
  };
  // Chunks must go one after another: each is a separate request because together they pass Excel's limit.
  for (const [i, chunk] of chunks.entries()) await send(chunk, i === chunks.length - 1);
  if (chunks.length === 0) return new Map();
  return new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.id]));
}

function isRequestTooLarge(e: unknown): boolean {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { code?: unknown }).code === "RequestPayloadSizeLimitExceeded"
  );
}

/** Two halves of a chunk: by commands, or one matrix command by rows; null when it cannot be split. */
function halveCommands(chunk: readonly WriteCommand[]): [WriteCommand[], WriteCommand[]] | null {
  if (chunk.length > 1) {
    const mid = Math.ceil(chunk.length / 2);
    return [chunk.slice(0, mid), chunk.slice(mid)];
  }
  const only = chunk[0];
  if (!only || (only.kind !== "formulas" && only.kind !== "numberFormat") || only.data.length < 2)
    return null;
  const ref = rangeFromA1(only.address);
  const rows = Math.ceil(only.data.length / 2);
  const [a, b] = sliceRows(ref, only.data as unknown[][], rows).map(
    (part) => ({ ...only, address: rangeToA1(part.ref), data: part.data }) as WriteCommand
  );
  return a && b ? [[a], [b]] : null;
}

/**
 * Apply a plan: sync 1 the snapshot (and the written rows, for undo to find them again), then the write. The
 * journal gets the entry once the write settled. If a later chunk fails, what was written is undone at once; if
 * that fails too, the entry stays in the journal marked partial, so Hoàn tác can still put it back.
 */
export async function applyPlan(
  session: ExcelSession,
  plan: WritePlan,
  journal: ExcelEntry[],
  nextChart: () => number
): Promise<ApplyResult> {
  const sheetNames = plan.sheets.map((s) => s.sheet).join(", ");
  const entry = await guard(session, sheetNames, async (context) => {
    const snap = await snapshot(session, context, plan, nextChart);
    const commands = planCommands(session, plan, snap);
    try {
      const created = await sendChunks(session, context, commands);
      return journalEntry(session, plan, snap, created, false);
    } catch (e) {
      await rollBack(session, plan, snap, journal);
      throw e;
    }
  });
  journal.push(entry);
  return {
    cellsWritten: plan.sheets.reduce(
      (n, s) => n + s.writes.filter((w) => w.cell !== undefined).length,
      0
    ),
    sheetsCreated: plan.sheets.filter((s) => s.create).map((s) => s.sheet),
  };
}

/** A write failed half-way: undo what was written (in a new batch); when that fails, keep a partial undo step. */
async function rollBack(
  session: ExcelSession,
  plan: WritePlan,
  snap: Snapshot,
  journal: ExcelEntry[]
): Promise<void> {
  // Sheets the plan created are known by id only once read back: until then the step holds the cells it wrote.
  let entry: ExcelEntry = journalEntry(session, plan, snap, new Map(), true);
  try {
    await session.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/id");
      await context.sync();
      const ids = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.id]));
      entry = journalEntry(session, plan, snap, ids, true);
      const work = await prepareUndo(
        session,
        context,
        entry,
        { confirm: true },
        session.maxRequestBytes / 2
      );
      await sendRestore(session, context, work.commands);
    });
  } catch {
    // The original failure is what the officer must see; the half-written step stays undoable.
    journal.push(entry);
  }
}

async function sendRestore(
  session: ExcelSession,
  context: XlContext,
  commands: readonly WriteCommand[]
): Promise<void> {
  if (commands.length > 0) await sendChunks(session, context, commands);
}

/**
 * Undo the journal's last entry: sync 1 reads what the written sheets hold now (by id), core compares and follows,
 * sync 2 restores (more only past 4 MB). The entry leaves the journal unless undo asks for confirmation.
 */
export async function undoLast(
  session: ExcelSession,
  journal: ExcelEntry[],
  options: UndoOptions
): Promise<UndoResult> {
  const entry = journal[journal.length - 1];
  if (!entry) return { status: "nothing" };
  const result = await guard(session, "", async (context) => {
    const work = await prepareUndo(session, context, entry, options, session.maxRequestBytes / 2);
    if (work.result.status !== "confirm") await sendRestore(session, context, work.commands);
    return work.result;
  });
  if (result.status !== "confirm") journal.pop();
  return result;
}
