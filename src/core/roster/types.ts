import type { Area, IndicatorId } from "../standards/types";

/** One household of the roster sheet, parsed. `deprived[i]` follows the standard's indicator order. */
export type RosterRow = {
  readonly row: number;
  readonly unit: string;
  readonly area: Area;
  /** Income per person per month, VND. */
  readonly income: number;
  readonly deprived: readonly boolean[];
};

export type RosterProblemKind = "noUnit" | "badIncome" | "badArea" | "badFlag";

/** A roster cell that cannot be read; the row is left out of the classification (words in messages/summary.ts). */
export type RosterProblem = {
  readonly kind: RosterProblemKind;
  readonly row: number;
  readonly col: number;
  readonly value: string;
};

export type RosterColumns = {
  readonly unit: number;
  readonly income: number;
  /** null: the sheet has no area column, every household takes `defaultArea`. */
  readonly area: number | null;
  /** Column of each indicator, in the standard's order. */
  readonly indicators: readonly number[];
};

export type RosterParse =
  | {
      readonly ok: true;
      readonly headerRow: number;
      readonly columns: RosterColumns;
      readonly rows: readonly RosterRow[];
      readonly problems: readonly RosterProblem[];
    }
  | { readonly ok: false; readonly reason: "NO_HEADER" }
  | {
      readonly ok: false;
      readonly reason: "MISSING_INDICATORS";
      readonly missing: readonly IndicatorId[];
    };

export type HouseholdClass = "poor" | "nearPoor" | "average" | "notPoor";

/** Counts of one unit (or the commune). `deprivedPoorNear[i]`: poor + near-poor households deprived on indicator i. */
export type UnitTally = {
  readonly unit: string;
  households: number;
  poor: number;
  nearPoor: number;
  average: number;
  notPoor: number;
  readonly deprivedPoorNear: number[];
  readonly deprivedAll: number[];
};

/**
 * Alkire–Foster figures over all classified households with k of 12 equally weighted indicators
 * (deprivations only, not income): H = q/n, A = mean share of indicators among the q, M0 = H × A.
 */
export type AlkireFoster = {
  readonly k: number;
  readonly n: number;
  readonly q: number;
  readonly headcount: number;
  readonly intensity: number;
  readonly m0: number;
  /** Share of all households that are AF-poor and deprived on indicator i. */
  readonly censoredHeadcount: readonly number[];
  /** Share of all households deprived on indicator i. */
  readonly uncensoredHeadcount: readonly number[];
};

export type RosterSummary = {
  readonly units: readonly UnitTally[];
  readonly total: UnitTally;
  readonly alkireFoster: AlkireFoster;
};
