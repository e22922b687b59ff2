/**
 * Share `target` in proportion to `weights` with the largest-remainder (Hamilton) method, never giving an entry
 * more than its cap (the excess goes to the next in line). Remainders are compared exactly (integer arithmetic);
 * ties: larger remainder, then larger weight, then earlier position. Requires target ≤ sum(caps).
 * @example shareProportionally([1, 3, 4, 2, 9, 13], [1, 3, 4, 2, 9, 13], 10) // [0, 1, 1, 1, 3, 4]
 */
export function shareProportionally(
  weights: readonly number[],
  caps: readonly number[],
  target: number
): number[] {
  const n = weights.length;
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = new Array<number>(n).fill(0);
  if (target <= 0 || n === 0) return shares;
  if (total <= 0) return fillInOrder(shares, caps, target, [...Array(n).keys()]);
  const big = BigInt(total);
  const remainders: bigint[] = weights.map((w, i) => {
    const scaled = BigInt(target) * BigInt(w);
    shares[i] = Number(scaled / big);
    return scaled % big;
  });
  const order = [...Array(n).keys()].sort(
    (a, b) =>
      compareBig(remainders[b] as bigint, remainders[a] as bigint) ||
      (weights[b] as number) - (weights[a] as number) ||
      a - b
  );
  for (let i = 0; i < n; i++) shares[i] = Math.min(shares[i] as number, caps[i] as number);
  const leftover = target - shares.reduce((a, b) => a + b, 0);
  return fillInOrder(shares, caps, leftover, order);
}

/** Give one more to each entry in `order` that has room, round after round, until `count` are given. */
function fillInOrder(
  shares: number[],
  caps: readonly number[],
  count: number,
  order: readonly number[]
): number[] {
  let left = count;
  while (left > 0) {
    let given = 0;
    for (const i of order) {
      if (left === 0) break;
      if ((shares[i] as number) < (caps[i] as number)) {
        shares[i] = (shares[i] as number) + 1;
        left--;
        given++;
      }
    }
    if (given === 0) break;
  }
  return shares;
}

function compareBig(a: bigint, b: bigint): number {
  return a > b ? 1 : a < b ? -1 : 0;
}
