/** Bench rows, timing helpers and the printed table. Times are reported, never failed on (the bench exits 0). */

export type Row = {
  readonly group: string;
  readonly name: string;
  readonly value: number | null;
  readonly unit: string;
  /** Target in the same unit; the row passes when value <= target (or == for "same"). */
  readonly target?: { readonly op: "<=" | "<" | "=="; readonly value: number };
  readonly note?: string;
};

export type Status = "PASS" | "MISS" | "" | "N/A";

export function statusOf(row: Row): Status {
  if (!row.target) return "";
  if (row.value === null) return "N/A";
  const { op, value } = row.target;
  const ok =
    op === "<=" ? row.value <= value : op === "<" ? row.value < value : row.value === value;
  return ok ? "PASS" : "MISS";
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Run `fn` `warmup` times, then `runs` times; the median wall time in ms. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export async function timeMedianAsync(
  fn: () => Promise<unknown>,
  runs: number,
  warmup = 1
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

function fmt(v: number | null, unit: string): string {
  if (v === null) return "—";
  const digits =
    unit === "×"
      ? 2
      : unit === "ms" || unit === "µs/row" || unit === "KB" || unit === "MB"
        ? Math.abs(v) < 10
          ? 3
          : 1
        : 0;
  return `${v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${unit}`;
}

/** The value as a share of its target ("62%" is well within, "146%" misses by almost half); "" without one. */
export function ratioOf(row: Row): string {
  if (!row.target || row.value === null || row.target.op === "==" || row.target.value === 0)
    return "";
  return `${Math.round((row.value / row.target.value) * 100)}%`;
}

export function renderTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.group,
    r.name,
    fmt(r.value, r.unit),
    r.target ? `${r.target.op === "==" ? "=" : r.target.op} ${fmt(r.target.value, r.unit)}` : "",
    ratioOf(r),
    statusOf(r),
    r.note ?? "",
  ]);
  const head = ["group", "measure", "value", "target", "of target", "status", "note"];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join(" | ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("-|-"), ...cells.map(line)].join("\n");
}
