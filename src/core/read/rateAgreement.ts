import { round2 } from "../rates/computeRate";

/** One column's numbers over the unit rows (undefined where a cell is empty or unreadable). */
export type ColumnNumbers = readonly (number | undefined)[];

/** How well a column's numbers follow (numerator − minus) / households, stored in percent points or as fractions. */
export type RateAgreement = {
  /** Rows where every input and the stated value are numbers and households > 0. */
  readonly comparable: number;
  /** Rows agreeing in percent points (4.39) / as a fraction (0.0439), within the contract's 0.01 points. */
  readonly percent: number;
  readonly fraction: number;
  /** Agreeing rows whose computed rate is not 0 (zeros agree with every rate of a zero count). */
  readonly percentNonzero: number;
  readonly fractionNonzero: number;
};

const TOLERANCE = 0.011;

/**
 * Compare a column with a rate formula row by row.
 * @example measureRateAgreement([4.39], [32], undefined, [729]).percent === 1
 */
export function measureRateAgreement(
  stated: ColumnNumbers,
  numerator: ColumnNumbers,
  minus: ColumnNumbers | undefined,
  households: ColumnNumbers
): RateAgreement {
  let comparable = 0;
  let percent = 0;
  let fraction = 0;
  let percentNonzero = 0;
  let fractionNonzero = 0;
  for (let i = 0; i < stated.length; i++) {
    const s = stated[i];
    const n = numerator[i];
    const m = minus ? minus[i] : 0;
    const h = households[i];
    if (s === undefined || n === undefined || m === undefined || h === undefined || !(h > 0))
      continue;
    const computed = round2(((n - m) / h) * 100);
    if (!Number.isFinite(computed)) continue;
    comparable++;
    if (Math.abs(s - computed) <= TOLERANCE) {
      percent++;
      if (computed !== 0) percentNonzero++;
    }
    if (Math.abs(s * 100 - computed) <= TOLERANCE) {
      fraction++;
      if (computed !== 0) fractionNonzero++;
    }
  }
  return { comparable, percent, fraction, percentNonzero, fractionNonzero };
}

/** Share of agreeing rows above which a column is taken to follow a formula (an officer's typo or two is allowed). */
export const STRONG_SHARE = 0.75;

/**
 * How the numbers say the column is stored, when they clearly follow the formula: most comparable rows agree, and
 * at least one agreeing row has a rate that is not 0. Null when the numbers do not support the formula.
 */
export function readRateForm(a: RateAgreement): "percent" | "fraction" | null {
  if (a.comparable === 0) return null;
  const strong = (agree: number, nonzero: number): boolean =>
    nonzero > 0 && agree >= STRONG_SHARE * a.comparable;
  if (strong(a.percent, a.percentNonzero) && a.percent >= a.fraction) return "percent";
  if (strong(a.fraction, a.fractionNonzero)) return "fraction";
  return null;
}
