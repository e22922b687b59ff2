import type { CountRole } from "../model/roles";
import type { TableData } from "../model/tableData";
import { readNumber } from "../validate/cellValues";

/** One group's movements over the year, summed over the unit rows. */
export type Movements = {
  readonly start: number | null;
  readonly exited: number | null;
  readonly reentered: number | null;
  readonly newCount: number | null;
  readonly end: number | null;
};

/** What the transitions table says about the year, for the narrative. */
export type TransitionFigures = {
  readonly households: number | null;
  readonly poor: Movements | null;
  readonly nearPoor: Movements | null;
};

const ROLES = {
  poor: {
    start: "poor",
    exited: "poorExited",
    reentered: "poorReentered",
    newCount: "poorNew",
    end: "poorEnd",
  },
  nearPoor: {
    start: "nearPoor",
    exited: "nearPoorExited",
    reentered: "nearPoorReentered",
    newCount: "nearPoorNew",
    end: "nearPoorEnd",
  },
} as const satisfies Record<string, Record<keyof Movements, CountRole>>;

function sumOf(data: TableData, role: CountRole): number | null {
  if (data.layout.columns[role] === undefined || data.units.length === 0) return null;
  let total = 0;
  for (const u of data.units) {
    const n = readNumber(u.cells[role]);
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

function movementsOf(data: TableData, group: keyof typeof ROLES): Movements | null {
  const r = ROLES[group];
  const m: Movements = {
    start: sumOf(data, r.start),
    exited: sumOf(data, r.exited),
    reentered: sumOf(data, r.reentered),
    newCount: sumOf(data, r.newCount),
    end: sumOf(data, r.end),
  };
  return m.exited === null && m.reentered === null && m.newCount === null && m.end === null
    ? null
    : m;
}

/**
 * Sum the movements of a transitions table over its unit rows (a column with an unreadable cell gives null).
 * @example readTransitionFigures(data).poor // { start: 40, exited: 10, reentered: 1, newCount: 1, end: 32 }
 */
export function readTransitionFigures(data: TableData): TransitionFigures {
  return {
    households: sumOf(data, "households"),
    poor: movementsOf(data, "poor"),
    nearPoor: movementsOf(data, "nearPoor"),
  };
}
