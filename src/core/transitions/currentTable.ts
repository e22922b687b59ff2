import type { ColumnRole, CountRole, RateRole } from "../model/roles";
import type { ColumnMap } from "../model/table";
import type { ParsedCell, RateStorage, RowCells, TableData } from "../model/tableData";

/** Per subject: the end-of-year count and rate that become the current ones, and the movements left out. */
const SUBJECTS: readonly {
  readonly count: CountRole;
  readonly rate: RateRole;
  readonly end: CountRole;
  readonly endRate: RateRole;
  readonly movements: readonly ColumnRole[];
}[] = [
  {
    count: "poor",
    rate: "poorRate",
    end: "poorEnd",
    endRate: "poorEndRate",
    movements: [
      "poorExited",
      "poorExitedRate",
      "poorReentered",
      "poorReenteredRate",
      "poorNew",
      "poorNewRate",
    ],
  },
  {
    count: "nearPoor",
    rate: "nearPoorRate",
    end: "nearPoorEnd",
    endRate: "nearPoorEndRate",
    movements: [
      "nearPoorExited",
      "nearPoorExitedRate",
      "nearPoorReentered",
      "nearPoorReenteredRate",
      "nearPoorNew",
      "nearPoorNewRate",
    ],
  },
];

/**
 * The table as of now. In a transitions table (start and end of the year) the current figures are the end of the
 * year: its end-of-year count and rate take the places of the poor (near-poor) count and rate, and the movements are
 * left out — what the summary, the narrative, last year's figures and the allocation base read. An appendix comes
 * back unchanged (the same object). Checks run on the table as it is, never on this view.
 * @example toCurrentTable(transitions).layout.columns.poor === transitions.layout.columns.poorEnd
 */
export function toCurrentTable(data: TableData): TableData {
  const columns = data.layout.columns;
  const present = SUBJECTS.filter((s) => columns[s.end] !== undefined);
  if (present.length === 0) return data;
  const out: Partial<Record<ColumnRole, number>> = { ...columns };
  const storage: Partial<Record<RateRole, RateStorage>> = { ...(data.rateStorage ?? {}) };
  for (const s of present) {
    out[s.count] = columns[s.end] as number;
    move(out, s.endRate, s.rate);
    const endStorage = data.rateStorage?.[s.endRate];
    if (endStorage === undefined) delete storage[s.rate];
    else storage[s.rate] = endStorage;
    delete out[s.end];
    for (const m of s.movements) delete out[m];
  }
  const cells = (c: RowCells): RowCells => {
    const next: Partial<Record<ColumnRole, ParsedCell>> = { ...c };
    for (const s of present) {
      move(next, s.end, s.count);
      move(next, s.endRate, s.rate);
      for (const m of s.movements) delete next[m];
    }
    return next;
  };
  return {
    ...data,
    layout: { ...data.layout, columns: out as ColumnMap },
    units: data.units.map((u) => ({ ...u, cells: cells(u.cells) })),
    totals: data.totals && { row: data.totals.row, cells: cells(data.totals.cells) },
    rateStorage: storage,
  };
}

/** `to` takes what `from` holds (or is removed when `from` holds nothing); `from` is removed. */
function move<T>(record: Partial<Record<ColumnRole, T>>, from: ColumnRole, to: ColumnRole): void {
  const v = record[from];
  if (v === undefined) delete record[to];
  else record[to] = v;
  delete record[from];
}
