import type { CountRole, TableData } from "../model";
import { readNumber } from "../validate/cellValues";
import type { CommuneCounts } from "./types";

/** Sum of one count over the units: unreadable cells add nothing (the check reports them); null when not mapped. */
function sumOf(data: TableData, role: CountRole): number | null {
  if (data.layout.columns[role] === undefined) return null;
  let total = 0;
  for (const u of data.units) total += readNumber(u.cells[role]) ?? 0;
  return total;
}

/**
 * A commune's figures as the sums of its units (never the totals row: a mistyped totals row is one of the
 * commune's errors, not its figure). Group subtotals and breakdowns are not units, so they are never added.
 * @example sumCommune(binhLuong).households === 729
 */
export function sumCommune(data: TableData): CommuneCounts {
  return {
    households: sumOf(data, "households") ?? 0,
    population: sumOf(data, "population"),
    poor: sumOf(data, "poor") ?? 0,
    nearPoor: sumOf(data, "nearPoor"),
    poorCut: sumOf(data, "poorCut"),
    nearPoorCut: sumOf(data, "nearPoorCut"),
  };
}

const plus = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : a + b;

/** The sums over several communes: a count is null only when no commune has that column. */
export function addCounts(all: readonly CommuneCounts[]): CommuneCounts {
  return all.reduce<CommuneCounts>(
    (t, c) => ({
      households: t.households + c.households,
      population: plus(t.population, c.population),
      poor: t.poor + c.poor,
      nearPoor: plus(t.nearPoor, c.nearPoor),
      poorCut: plus(t.poorCut, c.poorCut),
      nearPoorCut: plus(t.nearPoorCut, c.nearPoorCut),
    }),
    {
      households: 0,
      population: null,
      poor: 0,
      nearPoor: null,
      poorCut: null,
      nearPoorCut: null,
    }
  );
}
