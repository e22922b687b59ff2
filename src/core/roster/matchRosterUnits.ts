import type { TableData } from "../model";
import type { DeprivationCounts } from "../summary/buildDeprivationPlan";
import { normalizeText } from "./normalize";
import type { RosterSummary, UnitTally } from "./types";

export type RosterMatch = {
  /** Table unit name → its roster tally. */
  readonly matched: ReadonlyMap<string, UnitTally>;
  /** Roster units with no row in the appendix. */
  readonly unmatched: readonly string[];
  /** Appendix units with no household in the roster (left unchanged by writes). */
  readonly missing: readonly string[];
};

/** Pair roster units with appendix units by name (without case, diacritics or extra spaces). */
export function matchRosterUnits(summary: RosterSummary, data: TableData): RosterMatch {
  const byKey = new Map(summary.units.map((u) => [normalizeText(u.unit), u]));
  const matched = new Map<string, UnitTally>();
  const missing: string[] = [];
  for (const u of data.units) {
    const t = byKey.get(normalizeText(u.name));
    if (t) {
      matched.set(u.name, t);
      byKey.delete(normalizeText(u.name));
    } else missing.push(u.name);
  }
  return { matched, unmatched: [...byKey.values()].map((t) => t.unit), missing };
}

/** Deprivation counts (poor + near-poor households) per appendix unit, for buildDeprivationPlan. */
export function toDeprivationCounts(match: RosterMatch): DeprivationCounts {
  return new Map([...match.matched].map(([name, t]) => [name, t.deprivedPoorNear]));
}
