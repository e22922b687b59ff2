import type { Lang } from "../messages/define";
import { ratesOf } from "./consolidate";
import { describeProblem } from "./describeProblem";
import type { CommuneCounts, CommuneLine, CommuneStatus, Consolidation } from "./types";

/** The figures of a commune or of the province in `--json`: optional counts only when present. */
export type FiguresJson = {
  households: number;
  population: number | null;
  poor: number;
  poorRate: number | null;
  nearPoor?: number;
  nearPoorRate?: number | null;
  poorCut: number | null;
  poorCutRate: number | null;
  projectedPoorRate: number | null;
  nearPoorCut?: number;
};

export type CommuneJson = {
  file: string;
  name: string;
  status: CommuneStatus;
  reason?: string;
  /** Issue code of the first problem ("RATE_MISMATCH", "TARGET_MISMATCH", …) when there is one. */
  code?: string;
  errors: number;
  warnings: number;
  /** The province's target in households, and whether the planned cut differs from it. */
  target?: number;
  targetRate?: number | null;
  targetMismatch?: boolean;
} & Partial<FiguresJson>;

export type ConsolidationJson = {
  files: number;
  aggregated: number;
  communes: CommuneJson[];
  totals: FiguresJson;
  unmatchedTargets: { name: string; row: number }[];
};

function figuresJson(c: CommuneCounts): FiguresJson {
  const r = ratesOf(c);
  return {
    households: c.households,
    population: c.population,
    poor: c.poor,
    poorRate: r.poorRate,
    ...(c.nearPoor !== null ? { nearPoor: c.nearPoor, nearPoorRate: r.nearPoorRate } : {}),
    poorCut: c.poorCut,
    poorCutRate: r.poorCutRate,
    projectedPoorRate: r.projectedPoorRate,
    ...(c.nearPoorCut !== null ? { nearPoorCut: c.nearPoorCut } : {}),
  };
}

function codeOf(l: CommuneLine): string | undefined {
  switch (l.problem?.kind) {
    case "issue":
      return l.problem.issue.code;
    case "target":
      return "TARGET_MISMATCH";
    default:
      return undefined;
  }
}

function communeJson(l: CommuneLine, lang: Lang): CommuneJson {
  const code = codeOf(l);
  return {
    file: l.file,
    name: l.name,
    status: l.status,
    ...(l.problem && l.status !== "ok" ? { reason: describeProblem(l.problem, lang) } : {}),
    ...(code !== undefined && l.status !== "ok" ? { code } : {}),
    errors: l.errors,
    warnings: l.warnings,
    ...(l.counts ? figuresJson(l.counts) : {}),
    ...(l.target
      ? {
          target: l.target.households,
          targetRate: l.target.rate,
          targetMismatch: l.target.mismatch,
        }
      : {}),
  };
}

/**
 * The `--json` report of `giamngheo aggregate` (DESIGN.md "Province consolidation"): every file in the order given
 * with its status and figures (an unreadable file has none; a duplicate has what it read, not added), the totals
 * over the aggregated communes with rates of the sums, and the targets that matched no commune.
 */
export function consolidationToJson(c: Consolidation, lang: Lang): ConsolidationJson {
  return {
    files: c.lines.length,
    aggregated: c.communes.length,
    communes: c.lines.map((l) => communeJson(l, lang)),
    totals: figuresJson(c.totals),
    unmatchedTargets: c.unmatchedTargets.map((t) => ({ name: t.name, row: t.row })),
  };
}
