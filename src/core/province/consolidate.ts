import { resolveTarget } from "../allocate/target";
import { rateOf } from "../summary/rateOf";
import { addCounts } from "./communeCounts";
import { communeKey, compareCommuneNames } from "./communeName";
import type {
  AssignedTarget,
  CommuneCounts,
  CommuneLine,
  CommuneReading,
  Consolidation,
  TargetCheck,
} from "./types";

/** The rates of a commune's (or the province's) counts, each computed from the counts as DESIGN.md defines them. */
export type CommuneRates = {
  readonly poorRate: number | null;
  readonly nearPoorRate: number | null;
  readonly poorCutRate: number | null;
  readonly projectedPoorRate: number | null;
};

export function ratesOf(c: CommuneCounts): CommuneRates {
  return {
    poorRate: rateOf(c.poor, c.households),
    nearPoorRate: c.nearPoor === null ? null : rateOf(c.nearPoor, c.households),
    poorCutRate: c.poorCut === null ? null : rateOf(c.poorCut, c.households),
    projectedPoorRate: c.poorCut === null ? null : rateOf(c.poor - c.poorCut, c.households),
  };
}

function checkTarget(target: AssignedTarget, counts: CommuneCounts): TargetCheck {
  const resolved = resolveTarget(target.input, counts.households);
  return {
    input: target.input,
    households: resolved.households,
    rate: resolved.rate,
    planned: counts.poorCut,
    mismatch: counts.poorCut === null || counts.poorCut !== resolved.households,
  };
}

/** One reading as a line: its status before duplicates and targets are known. */
function lineOf(r: CommuneReading): CommuneLine {
  const base = { file: r.file, name: r.name, nameSource: r.nameSource, target: null };
  if (!r.readable) {
    return {
      ...base,
      status: "unreadable",
      errors: 0,
      warnings: 0,
      counts: null,
      problem: { kind: "file", problem: r.problem },
    };
  }
  return {
    ...base,
    status: r.errors > 0 ? "errors" : "ok",
    errors: r.errors,
    warnings: r.warnings,
    counts: r.counts,
    problem: r.firstIssue === null ? null : { kind: "issue", issue: r.firstIssue },
  };
}

/**
 * Put the communes' readings together (DESIGN.md "Province consolidation"): in the order given, the first file of a
 * commune is aggregated and a later one for the same commune (names compared by `communeKey`) is a `duplicate`;
 * unreadable files are listed, not aggregated. With `targets`, each aggregated commune's planned cut is compared
 * with its target (a rate turned into households of the commune's own households); a difference is one more error
 * (`TARGET_MISMATCH`). The aggregated communes come in Vietnamese alphabetical order, with their sums.
 * @example consolidate(readings).totals.households // the province's households
 */
export function consolidate(
  readings: readonly CommuneReading[],
  targets: readonly AssignedTarget[] = []
): Consolidation {
  const byKey = new Map<string, AssignedTarget>();
  for (const t of targets) {
    const key = communeKey(t.name);
    if (!byKey.has(key)) byKey.set(key, t);
  }
  const firstFile = new Map<string, string>();
  const matched = new Set<string>();
  const lines = readings.map((r): CommuneLine => {
    const line = lineOf(r);
    if (line.counts === null) return line;
    const key = communeKey(r.name);
    const earlier = firstFile.get(key);
    if (earlier !== undefined) {
      return { ...line, status: "duplicate", problem: { kind: "duplicate", of: earlier } };
    }
    firstFile.set(key, r.file);
    const assigned = byKey.get(key);
    if (!assigned) return line;
    matched.add(key);
    const target = checkTarget(assigned, line.counts);
    if (!target.mismatch) return { ...line, target };
    return {
      ...line,
      target,
      status: "errors",
      errors: line.errors + 1,
      problem: line.problem ?? { kind: "target", target },
    };
  });
  const communes = lines
    .filter((l) => l.status === "ok" || l.status === "errors")
    .sort((a, b) => compareCommuneNames(a.name, b.name));
  return {
    lines,
    communes,
    totals: addCounts(communes.map((c) => c.counts as CommuneCounts)),
    unmatchedTargets: [...byKey.entries()].filter(([k]) => !matched.has(k)).map(([, t]) => t),
  };
}
