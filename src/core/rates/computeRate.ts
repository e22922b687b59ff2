import type { CountRole } from "../model/roles";
import type { RateDefinition } from "./rateDefinitions";

/** Tolerance for a stated rate against the computed one, in percent points (DESIGN.md "Checks"). */
export const RATE_TOLERANCE = 0.01;
const EPSILON = 1e-9;

/**
 * Round half away from zero to 2 decimals, robust to binary noise (1.005 → 1.01).
 * @example round2(3 / 126 * 100) === 2.38
 */
export function round2(x: number): number {
  return roundTo(x, 2);
}

/** Round half away from zero to `decimals` places, robust to binary noise. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Math.abs(x) * f;
  if (!Number.isFinite(scaled) || scaled > Number.MAX_SAFE_INTEGER) return x;
  const r = Math.round(scaled + scaled * Number.EPSILON * 4) / f;
  return x < 0 ? -r : r;
}

/**
 * The exact (unrounded) rate in percent points, or undefined when an input is missing, households is not positive
 * or the result is not finite.
 * @example computeRate(poorRateDef, (r) => ({ poor: 3, households: 126 })[r]) // 2.3809…
 */
export function computeRate(
  def: RateDefinition,
  get: (role: CountRole) => number | undefined
): number | undefined {
  const households = get(def.denominator);
  const numerator = get(def.numerator);
  const minus = def.minus ? get(def.minus) : 0;
  if (
    households === undefined ||
    numerator === undefined ||
    minus === undefined ||
    !(households > 0)
  )
    return undefined;
  const rate = ((numerator - minus) / households) * 100;
  return Number.isFinite(rate) ? rate : undefined;
}

/** true when a stated rate agrees with the computed one after rounding it to 2 decimals (± 0.01). */
export function isRateAgreeing(stated: number, computed: number): boolean {
  return Math.abs(stated - round2(computed)) <= RATE_TOLERANCE + EPSILON;
}
