import type { PovertyStandard } from "../standards/types";
import { classifyHousehold } from "./classifyHousehold";
import { normalizeText } from "./normalize";
import type { AlkireFoster, HouseholdClass, RosterRow, RosterSummary, UnitTally } from "./types";

export const DEFAULT_CHUNK = 2000;

const newTally = (unit: string, k: number): UnitTally => ({
  unit,
  households: 0,
  poor: 0,
  nearPoor: 0,
  average: 0,
  notPoor: 0,
  deprivedPoorNear: Array<number>(k).fill(0),
  deprivedAll: Array<number>(k).fill(0),
});

function addTo(t: UnitTally, cls: HouseholdClass, deprived: readonly boolean[]): void {
  t.households++;
  t[cls]++;
  const poorOrNear = cls === "poor" || cls === "nearPoor";
  deprived.forEach((d, i) => {
    if (!d) return;
    t.deprivedAll[i] = (t.deprivedAll[i] as number) + 1;
    if (poorOrNear) t.deprivedPoorNear[i] = (t.deprivedPoorNear[i] as number) + 1;
  });
}

export type ClassifyProgress = { readonly done: number; readonly total: number };

/**
 * Classify the roster in chunks: a generator that yields progress after each chunk and returns the summary,
 * so the pane can yield to the browser between chunks (20,000 households stay responsive).
 * Units are grouped by name compared without case, diacritics or extra spaces; the first spelling is kept.
 * Alkire–Foster uses k = the standard's deprivation threshold (3) of its 12 indicators, equal weights.
 * @example const it = classifyRosterSteps(rows, ND07_2021); let s = it.next(); while (!s.done) { bar(s.value); s = it.next(); }
 */
export function* classifyRosterSteps(
  rows: readonly RosterRow[],
  standard: PovertyStandard,
  chunkSize: number = DEFAULT_CHUNK
): Generator<ClassifyProgress, RosterSummary, void> {
  const k = standard.indicators.length;
  const cutoff = standard.deprivationThreshold.value;
  const byKey = new Map<string, UnitTally>();
  const total = newTally("", k);
  let q = 0;
  let sharesOfPoor = 0;
  const censored = Array<number>(k).fill(0);
  for (let start = 0; start < rows.length; start += chunkSize) {
    const end = Math.min(rows.length, start + chunkSize);
    for (let i = start; i < end; i++) {
      const r = rows[i] as RosterRow;
      let count = 0;
      for (const d of r.deprived) if (d) count++;
      const cls = classifyHousehold(r.income, r.area, count, standard);
      const key = normalizeText(r.unit);
      let tally = byKey.get(key);
      if (!tally) byKey.set(key, (tally = newTally(r.unit, k)));
      addTo(tally, cls, r.deprived);
      addTo(total, cls, r.deprived);
      if (count >= cutoff) {
        q++;
        sharesOfPoor += count / k;
        r.deprived.forEach((d, j) => {
          if (d) censored[j] = (censored[j] as number) + 1;
        });
      }
    }
    yield { done: end, total: rows.length };
  }
  const n = total.households;
  const headcount = n > 0 ? q / n : 0;
  const intensity = q > 0 ? sharesOfPoor / q : 0;
  const alkireFoster: AlkireFoster = {
    k: cutoff,
    n,
    q,
    headcount,
    intensity,
    m0: headcount * intensity,
    censoredHeadcount: censored.map((c) => (n > 0 ? c / n : 0)),
    uncensoredHeadcount: total.deprivedAll.map((c) => (n > 0 ? c / n : 0)),
  };
  return { units: [...byKey.values()], total, alkireFoster };
}

/**
 * Classify every household synchronously, reporting progress after each chunk.
 * @example classifyRoster(parsed.rows, ND07_2021, { onProgress: (p) => bar(p.done / p.total) }).total.poor
 */
export function classifyRoster(
  rows: readonly RosterRow[],
  standard: PovertyStandard,
  options: { onProgress?: (p: ClassifyProgress) => void; chunkSize?: number } = {}
): RosterSummary {
  const it = classifyRosterSteps(rows, standard, options.chunkSize);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
  }
}
