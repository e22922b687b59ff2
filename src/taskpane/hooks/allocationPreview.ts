import type { AllocationSubject, ParsedCell, TableData } from "../../core";

const CUT = { poor: "poorCut", nearPoor: "nearPoorCut" } as const;

export type AllocationCut = { readonly row: number; readonly name: string; readonly cut: number };

/** One village in the allocation preview. */
export type AllocationRow = {
  readonly row: number;
  readonly name: string;
  readonly oldCut: number | null;
  readonly newCut: number;
  /** (poor − new cut) / households × 100, rounded to 2 decimals; null when the counts are unreadable. */
  readonly projectedRate: number | null;
};

function numberOf(c: ParsedCell | undefined): number | null {
  return c?.kind === "number" ? c.value : null;
}

function rate(part: number, whole: number): number {
  return Math.round((part / whole) * 100 * 100) / 100;
}

/** The new cut of every village next to its current one, and the projected poverty rate after the cut. */
export function buildAllocationRows(
  data: TableData,
  cuts: readonly AllocationCut[],
  subject: AllocationSubject = "poor"
): AllocationRow[] {
  return cuts.map((c) => {
    const unit = data.units.find((u) => u.row === c.row);
    const poor = numberOf(unit?.cells[subject]);
    const households = numberOf(unit?.cells.households);
    const projectedRate =
      poor !== null && households !== null && households > 0
        ? rate(poor - c.cut, households)
        : null;
    return {
      row: c.row,
      name: c.name,
      oldCut: numberOf(unit?.cells[CUT[subject]]),
      newCut: c.cut,
      projectedRate,
    };
  });
}

/** The totals line of the preview: sums of cuts and the commune's projected rate from the summed counts. */
export function totalAllocation(
  data: TableData,
  rows: readonly AllocationRow[],
  subject: AllocationSubject = "poor"
): Omit<AllocationRow, "row" | "name"> {
  let poor = 0;
  let households = 0;
  let readable = true;
  for (const u of data.units) {
    const p = numberOf(u.cells[subject]);
    const h = numberOf(u.cells.households);
    if (p === null || h === null) readable = false;
    else {
      poor += p;
      households += h;
    }
  }
  const newCut = rows.reduce((s, r) => s + r.newCut, 0);
  const olds = rows.map((r) => r.oldCut);
  const oldCut = olds.every((o): o is number => o !== null)
    ? olds.reduce((s, o) => s + o, 0)
    : null;
  const projectedRate = readable && households > 0 ? rate(poor - newCut, households) : null;
  return { oldCut, newCut, projectedRate };
}
