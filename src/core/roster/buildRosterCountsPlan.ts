import { toA1 } from "../address";
import type { CellWrite, TableData, WritePlan } from "../model";
import type { RosterMatch } from "./matchRosterUnits";

export type CountChange = {
  readonly unit: string;
  readonly cell: string;
  readonly from: number | string | null;
  readonly to: number;
};

const current = (
  data: TableData,
  row: number,
  role: "poor" | "nearPoor"
): number | string | null => {
  const c = data.units.find((u) => u.row === row)?.cells[role];
  if (!c || c.kind === "empty") return null;
  if (c.kind === "number") return c.value;
  if (c.kind === "text") return c.text;
  if (c.kind === "error") return c.error;
  return String(c.value);
};

/**
 * Plan the officer's explicit "write the roster's counts into the appendix": poor (and near-poor, when the
 * appendix has that column) of every matched unit. Unmatched / missing units are left alone; rates are not
 * touched (run "fix" afterwards to recompute them). `changes` lists each cell with its old and new value.
 */
export function buildRosterCountsPlan(
  data: TableData,
  match: RosterMatch
): { plan: WritePlan; changes: CountChange[] } {
  const writes: CellWrite[] = [];
  const changes: CountChange[] = [];
  for (const u of data.units) {
    const t = match.matched.get(u.name);
    if (!t) continue;
    for (const role of ["poor", "nearPoor"] as const) {
      const col = data.layout.columns[role];
      if (col === undefined) continue;
      writes.push({ row: u.row, col, cell: { value: t[role] } });
      changes.push({
        unit: u.name,
        cell: toA1(u.row, col),
        from: current(data, u.row, role),
        to: t[role],
      });
    }
  }
  return {
    plan: { action: "rosterCounts", sheets: [{ sheet: data.layout.sheet, writes }] },
    changes,
  };
}
