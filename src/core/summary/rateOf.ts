import { round2 } from "../rates/computeRate";

/**
 * count / households × 100 rounded to 2 decimals (the same rounding the check uses); null when there are no households.
 * @example rateOf(32, 729) === 4.39
 */
export function rateOf(count: number, households: number): number | null {
  return households > 0 ? round2((count / households) * 100) : null;
}
