/**
 * Round to `digits` decimals half away from zero, as Excel's and LibreOffice's ROUND do on the decimal value
 * (32/729*100 = 4.3895… → 4.39; 1.005 → 1.01, where Math.round(100.49999…)/100 would give 1.00).
 * @example round2(4.389574759945) === 4.39
 */
export function round2(x: number, digits = 2): number {
  const f = 10 ** digits;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / f;
}

/** count / households × 100 rounded to 2 decimals; null when there are no households. */
export function rateOf(count: number, households: number): number | null {
  return households > 0 ? round2((count / households) * 100) : null;
}
