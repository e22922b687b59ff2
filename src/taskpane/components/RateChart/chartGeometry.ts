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

/** Width of a label in SVG units, estimated (Segoe UI averages about 0.56 em a character; digits a bit less). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

export type Label = { readonly x: number; y: number; readonly width: number };

/**
 * Move labels up until no two overlap (each is `height` tall, centred on x). Labels are settled lowest first,
 * so a label only ever moves above the ones it would cover. Returns the same objects, with `y` changed.
 */
export function separateLabels<T extends Label>(labels: T[], height: number): T[] {
  const placed: T[] = [];
  for (const l of [...labels].sort((a, b) => b.y - a.y)) {
    for (;;) {
      const hit = placed.find(
        (p) => Math.abs(p.x - l.x) < (p.width + l.width) / 2 && Math.abs(p.y - l.y) < height
      );
      if (!hit) break;
      l.y = hit.y - height;
    }
    placed.push(l);
  }
  return labels;
}
