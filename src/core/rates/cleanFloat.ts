/**
 * Remove binary noise from a sum or a scaled value (0.1 + 0.2 → 0.3) by rounding to 9 decimals; values too large
 * for that are returned as they are, never turned into Infinity.
 * @example cleanFloat(0.1 + 0.2) === 0.3
 */
export function cleanFloat(x: number): number {
  return Math.abs(x) < 1e6 ? Math.round(x * 1e9) / 1e9 : x;
}
