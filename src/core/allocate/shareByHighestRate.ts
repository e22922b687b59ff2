/** A unit for the highest-rate method: poor households and all households (households > 0 when poor > 0). */
export type RateUnit = { readonly poor: number; readonly households: number };

/**
 * Give the target one household at a time to the unit whose current projected poor rate (poor − cut) / households
 * is highest; ties: more remaining poor, then earlier position. Never more than a unit's poor. Uses a heap, so it
 * runs in O(target · log n). Requires target ≤ sum(poor).
 * @example shareByHighestRate([{ poor: 1, households: 126 }, { poor: 13, households: 98 }], 2) // [0, 2]
 */
export function shareByHighestRate(units: readonly RateUnit[], target: number): number[] {
  const cuts = new Array<number>(units.length).fill(0);
  const left = (i: number): number => (units[i] as RateUnit).poor - (cuts[i] as number);
  const before = (a: number, b: number): boolean => {
    const ha = (units[a] as RateUnit).households;
    const hb = (units[b] as RateUnit).households;
    const cross = left(a) * hb - left(b) * ha;
    if (cross !== 0) return cross > 0;
    if (left(a) !== left(b)) return left(a) > left(b);
    return a < b;
  };
  const heap = new IndexHeap(before);
  units.forEach((u, i) => {
    if (u.poor > 0 && u.households > 0) heap.push(i);
  });
  for (let given = 0; given < target; given++) {
    const i = heap.pop();
    if (i === undefined) break;
    cuts[i] = (cuts[i] as number) + 1;
    if (left(i) > 0) heap.push(i);
  }
  return cuts;
}

/** A binary heap of indices ordered by `before` (the top is the index that comes first). */
class IndexHeap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}

  push(i: number): void {
    const items = this.items;
    items.push(i);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.before(items[k] as number, items[parent] as number)) break;
      [items[k], items[parent]] = [items[parent] as number, items[k] as number];
      k = parent;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    items[0] = last;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let best = k;
      if (l < items.length && this.before(items[l] as number, items[best] as number)) best = l;
      if (r < items.length && this.before(items[r] as number, items[best] as number)) best = r;
      if (best === k) break;
      [items[k], items[best]] = [items[best] as number, items[k] as number];
      k = best;
    }
    return top;
  }
}
