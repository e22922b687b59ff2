import { HostError, toA1 } from "../core";
import type { XlContext, XlRange } from "./excelApi";
import type { WriteRect } from "./rectangles";
import type { ExcelSession } from "./session";

/** A rectangle of the plan on an existing sheet, as sync 1 of apply queued its read. */
export type ReadRect = {
  readonly sheet: string;
  readonly rect: WriteRect;
  readonly range: XlRange;
};

/** Cells named in the refusal; the rest are counted. */
const NAMED_CELLS = 8;

/**
 * What sync 1 of apply also loads of each rectangle: `hasSpill` (ExcelApi 1.12), false when no cell of it is part of
 * a dynamic array's spill range. Below 1.12 Excel cannot say which cells are spilled (a spilled cell reads as a plain
 * value, and an anchor's formula does not tell the size of its array): nothing is asked.
 */
export function spillLoad(session: ExcelSession): string {
  return session.supports("ExcelApi", "1.12") ? ", hasSpill" : "";
}

/** "Phụ lục!$F$8" → "F8". */
const localAddress = (address: string): string =>
  address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");

/**
 * Apply never writes into a cell a dynamic array spilled into: Excel would keep the value and show `#SPILL!` in the
 * array's anchor ("Handle dynamic arrays and spilling"). Where a rectangle read in sync 1 has spill borders, each cell
 * whose contents the plan writes is asked for its spill parent (`getSpillParentOrNullObject`, ExcelApi 1.12, one cell
 * at a time) — all in one more sync, only then. A cell whose parent is another cell refuses the whole write, before
 * anything is written; writing over an anchor itself replaces the officer's formula like any other cell (undo puts it
 * back).
 * @throws HostError SPILL_RANGE naming the sheet, the spilled cells and their anchors.
 */
export async function refuseSpilledCells(
  session: ExcelSession,
  context: XlContext,
  reads: readonly ReadRect[]
): Promise<void> {
  if (!session.supports("ExcelApi", "1.12")) return;
  const probes = reads
    .filter((r) => !r.range.isNullObject && r.range.hasSpill !== false)
    .flatMap(({ sheet, rect, range }) =>
      rect.cells.flatMap((row, i) =>
        row.flatMap((w, j) => {
          if (w?.cell === undefined) return [];
          const parent = range.getCell(i, j).getSpillParentOrNullObject();
          parent.load("address");
          return [{ sheet, address: toA1(rect.ref.top + i, rect.ref.left + j), parent }];
        })
      )
    );
  if (probes.length === 0) return;
  await context.sync();
  const spilled = probes.filter(
    (p) => !p.parent.isNullObject && localAddress(p.parent.address) !== p.address
  );
  const first = spilled[0];
  if (!first) return;
  const onSheet = spilled.filter((p) => p.sheet === first.sheet);
  const cells = onSheet.map((p) => p.address);
  const anchors = [...new Set(onSheet.map((p) => localAddress(p.parent.address)))];
  throw new HostError("SPILL_RANGE", {
    sheet: first.sheet,
    cells:
      cells.length > NAMED_CELLS
        ? `${cells.slice(0, NAMED_CELLS).join(", ")}, …`
        : cells.join(", "),
    count: cells.length,
    anchors: anchors.join(", "),
  });
}
