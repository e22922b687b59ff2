/** A "nice" axis maximum at or above `max`: 1, 2, 2.5, 5 or 10 × a power of ten (0 → 1). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max - 1e-12) return m * p;
  return 10 * p;
}

/** Evenly spaced ticks from 0 to `top` inclusive. */
export function ticks(top: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (top * i) / count);
}
